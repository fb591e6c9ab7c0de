import type http from 'node:http';
import { getOperationAST, GraphQLError, parse, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import { createSocketContext, type Services } from './context.js';
import { ErrorCode, formatError } from './errors.js';

/** As over HTTP; errors in the request itself (it does not validate) name their cause as Apollo's do. */
const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
  errors.map((e) => (e.originalError || e.extensions.code ? formatError(e.toJSON(), e) : { ...e.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's /graphql, signed in by the session
 * cookie of the upgrade request. Queries and mutations stay on HTTP, where the cookie can be set
 * and CSRF prevention applies.
 */
export function serveSubscriptions(httpServer: http.Server, schema: GraphQLSchema, dataSource: DataSource, services: Services): { dispose(): Promise<void> } {
  const sockets = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    // The cookie goes with any page's WebSocket: accept browsers only from our own origin.
    verifyClient: ({ origin, req }: { origin?: string; req: http.IncomingMessage }) => !origin || new URL(origin).host === req.headers.host,
  });
  const server = useServer(
    {
      schema,
      context: (ctx) => createSocketContext(dataSource, services, ctx.extra.request),
      onSubscribe: (_ctx, _id, payload) => {
        let operation;
        try {
          operation = getOperationAST(parse(payload.query), payload.operationName);
        } catch (error) {
          return [new GraphQLError(error instanceof Error ? error.message : String(error), { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        if (operation?.operation !== 'subscription') {
          return [new GraphQLError('WebSocket では購読のみ扱います / Only subscriptions travel over the WebSocket: send queries and mutations over HTTP', { extensions: { code: ErrorCode.BAD_USER_INPUT } })];
        }
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
    },
    sockets,
  );
  return {
    async dispose() {
      await server.dispose();
    },
  };
}
