import type { ErrorRequestHandler, RequestHandler } from 'express';

export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

/** What body-parser sets on the errors it raises (http-errors). */
type BodyParserError = Error & { type?: string; status?: number; limit?: number; length?: number };

const graphqlError = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });

/**
 * A body express.json() refused, answered as GraphQL over HTTP answers (JSON `errors` with a code)
 * instead of express's HTML error page. The body itself is never quoted back.
 */
export const graphqlBodyErrors: ErrorRequestHandler = (error: BodyParserError, _req, res, next) => {
  if (res.headersSent || !error?.type || typeof error.status !== 'number' || error.status >= 500) return next(error);
  if (error.type === 'entity.too.large') {
    res.status(413).json(
      graphqlError(`リクエストが大きすぎます（${error.length ?? '?'} バイト、上限 ${error.limit} バイト） / The request body is too large: ${error.length ?? '?'} bytes, at most ${error.limit}`, {
        code: PAYLOAD_TOO_LARGE,
        limit: error.limit,
        length: error.length ?? null,
      }),
    );
    return;
  }
  const message =
    error.type === 'entity.parse.failed'
      ? 'リクエストの本文が JSON として読めません / The request body is not valid JSON'
      : 'リクエストの本文を読めません / The request body cannot be read';
  res.status(error.status).json(graphqlError(message, { code: 'BAD_REQUEST' }));
};

/**
 * Express 5 leaves `req.body` unset when express.json() skipped the request (another content
 * type, or a GET), and Apollo's express integration then answers with a plain-text 500. Set, even
 * to undefined, it lets Apollo answer: a GET by its query string, a POST that is not JSON with
 * its own JSON 400 (BAD_REQUEST).
 */
export const bodyAlwaysSet: RequestHandler = (req, _res, next) => {
  if (!Object.hasOwn(req, 'body')) req.body = undefined;
  next();
};
