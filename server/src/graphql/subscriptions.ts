import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { getOperationAST, GraphQLError, parse, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DataSource } from 'typeorm';
import {
  ANONYMOUS_SOCKETS_PER_ADDRESS,
  CONNECTION_INIT_TIMEOUT_MS,
  MAX_MESSAGE_BYTES,
  originRefusal,
  sessionTokenOf,
  SOCKETS_PER_SESSION,
  SUBSCRIPTIONS_PER_SOCKET,
  TOO_MANY_SOCKETS,
  type Refusal,
} from '../modules/activity/upgrade-policy.js';
import { createSocketContext, type Services } from './context.js';
import { budgetsFromEnv, CostLimits } from './cost-limits.js';
import { ErrorCode, formatError } from './errors.js';

const TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS';

/** As over HTTP; errors in the request itself (it does not validate) name their cause as Apollo's do. The socket's own limits pass as they are. */
const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
  errors.map((e) =>
    e.extensions.code === TOO_MANY_SUBSCRIPTIONS
      ? e.toJSON()
      : e.originalError || e.extensions.code
        ? formatError(e.toJSON(), e)
        : { ...e.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
  );

/** Answers an upgrade that must not go ahead with a plain HTTP status, and hangs up. */
function refuse(socket: Duplex, { status, message }: Refusal | { status: 400; message: string }): void {
  const body = `${message}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's /graphql, signed in by the session
 * cookie of the upgrade request. Queries and mutations stay on HTTP, where the cookie can be set
 * and CSRF prevention applies. Nothing a client sends (headers, frames, messages) may end the
 * process: every handler here catches, the sockets' and the server's `error` events are handled.
 */
export function serveSubscriptions(httpServer: Server, schema: GraphQLSchema, dataSource: DataSource, services: Services): { dispose(): Promise<void> } {
  // Upgrades are taken by hand (noServer) so that whatever a request carries is answered here, not thrown.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const liveSessions = services.activity.sessions;
  const anonymousByAddress = new Map<string, number>();
  const addressOf = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';
  const costLimits = new CostLimits(schema, budgetsFromEnv());

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Once 'upgrade' fires, the raw socket's errors (a reset mid-handshake) are ours to handle.
    socket.on('error', () => socket.destroy());
    try {
      if ((req.url ?? '').split('?')[0] !== '/graphql') return refuse(socket, { status: 400, message: 'WebSocket は /graphql のみ / WebSockets on /graphql only' });
      const originRefused = originRefusal(req.headers.origin, req.headers.host);
      if (originRefused) return refuse(socket, originRefused);
      const token = sessionTokenOf(req);
      const open = token ? liveSessions.count(token) : (anonymousByAddress.get(addressOf(req)) ?? 0);
      if (open >= (token ? SOCKETS_PER_SESSION : ANONYMOUS_SOCKETS_PER_ADDRESS)) return refuse(socket, TOO_MANY_SOCKETS);
      sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
    } catch (error) {
      console.warn(`WebSocket upgrade from ${addressOf(req)} refused: ${error instanceof Error ? error.message : String(error)}`);
      socket.destroy();
    }
  };
  httpServer.on('upgrade', onUpgrade);
  // Only the HTTP server's own errors arrive here (noServer): keep serving, say it.
  sockets.on('error', (error) => console.error('WebSocket server error:', error.message));

  const server = useServer(
    {
      schema,
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      context: (ctx) => createSocketContext(dataSource, services, ctx.extra.request),
      onSubscribe: (ctx, _id, payload) => {
        // graphql-ws has already counted this one in.
        if (Object.keys(ctx.subscriptions).length > SUBSCRIPTIONS_PER_SOCKET) {
          return [
            new GraphQLError(`1 つの接続で購読できるのは ${SUBSCRIPTIONS_PER_SOCKET} 件までです / A connection holds at most ${SUBSCRIPTIONS_PER_SOCKET} subscriptions: complete one first`, {
              extensions: { code: TOO_MANY_SUBSCRIPTIONS, limit: SUBSCRIPTIONS_PER_SOCKET },
            }),
          ];
        }
        // Measured before it is parsed, against the signed-out budget: the session is read only as
        // the operation executes, and the live feed (cost 6) fits it many times over.
        const tooCostly = costLimits.check(payload, false);
        if (tooCostly) return [tooCostly];
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

  // After useServer's own listener, so that its per-socket `error` handler is there to be replaced.
  sockets.on('connection', (socket: WebSocket, req: IncomingMessage) => {
    try {
      // A bad frame (too large, not UTF-8, unmasked) is the client's doing: ws closes the socket
      // with the fitting code (1009, 1007, 1002); one line in the log, not graphql-ws's stack trace.
      socket.removeAllListeners('error');
      socket.on('error', (error) => console.warn(`WebSocket from ${addressOf(req)} closed: ${error.message}`));
      const token = sessionTokenOf(req);
      let release: () => void;
      if (token) {
        release = liveSessions.watch(socket, token);
      } else {
        const address = addressOf(req);
        anonymousByAddress.set(address, (anonymousByAddress.get(address) ?? 0) + 1);
        release = () => {
          const left = (anonymousByAddress.get(address) ?? 1) - 1;
          if (left > 0) anonymousByAddress.set(address, left);
          else anonymousByAddress.delete(address);
        };
      }
      socket.once('close', release);
    } catch (error) {
      console.warn(`WebSocket from ${addressOf(req)} dropped: ${error instanceof Error ? error.message : String(error)}`);
      socket.terminate();
    }
  });

  return {
    async dispose() {
      httpServer.off('upgrade', onUpgrade);
      liveSessions.stop();
      await server.dispose();
      // dispose removed every listener: sockets still closing must not throw an unhandled `error`.
      sockets.on('error', () => undefined);
    },
  };
}
