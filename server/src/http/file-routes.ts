import cookieParser from 'cookie-parser';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { createContext, type Context, type Services } from '../graphql/context.js';
import { BadInputError, ErrorCode, isUuid, PasswordChangeRequiredError } from '../graphql/errors.js';
import { isUnavailable, RETRY_AFTER_SECONDS } from '../graphql/service-unavailable.js';
import { originRefusal } from '../modules/activity/upgrade-policy.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A path or query parameter that names a row: a UUID, or BAD_USER_INPUT naming it (never a cast error from SQL). */
export function uuidParam(value: unknown, field: string): string {
  if (typeof value !== 'string' || !isUuid(value)) throw new BadInputError(`${field} は UUID で指定してください / ${field} must be a UUID`, field);
  return value;
}

/** What a file route does once its caller is known; it writes the response itself (streaming when large). */
export type FileHandler = (req: Request, res: Response, context: Context) => Promise<void>;

export type FileRouteDefinition = (routes: FileRoutes) => void;

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.PASSWORD_CHANGE_REQUIRED]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.INVALID_STATE]: 409,
  PAYLOAD_TOO_LARGE: 413,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** Errors as GraphQL answers them (`errors[0].extensions.code`), so the client reads one shape everywhere. */
function sendError(res: Response, error: unknown): void {
  const known = error instanceof GraphQLError && typeof error.extensions.code === 'string' && STATUS[error.extensions.code];
  if (!known && !isUnavailable(error)) console.error(error);
  const status = known || (isUnavailable(error) ? 503 : 500);
  const body = known
    ? { message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions }
    : status === 503
      ? { message: 'データベースが混み合っています。しばらくしてからもう一度お試しください / The database is busy: try again shortly', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }
      : { message: 'サーバーで問題が起きました / Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  if (res.headersSent) {
    // The file had begun: cutting the connection tells the client it is incomplete.
    res.destroy();
    return;
  }
  if (status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.status(status).json({ errors: [body] });
}

/**
 * Downloads and uploads beside /graphql (`/files/...`): signed in by the same session cookie, with
 * the same error codes. An upload must come from this site's pages (Origin) and carry its file's
 * own media type, which no cross-site form can send without the browser asking first.
 */
export class FileRoutes {
  readonly router: Router = express.Router();

  constructor(
    private readonly dataSource: DataSource,
    private readonly services: Services,
    private readonly secureCookies: boolean,
  ) {
    this.router.use(cookieParser());
  }

  get(path: string, handler: FileHandler): void {
    this.router.get(path, this.run(handler));
  }

  /** `mediaTypes`: what the body may be; `limit`: its size in bytes, beyond which PAYLOAD_TOO_LARGE. */
  post(path: string, mediaTypes: string[], limit: number, handler: FileHandler): void {
    this.router.post(path, this.sameSite, express.raw({ type: mediaTypes, limit }), this.bodyRequired(mediaTypes), this.run(handler));
    this.router.use(path, this.bodyErrors(limit));
  }

  private sameSite: RequestHandler = (req, res, next) => {
    const refused = originRefusal(req.headers.origin, req.headers.host);
    if (refused) return sendError(res, new GraphQLError(refused.message, { extensions: { code: ErrorCode.FORBIDDEN } }));
    next();
  };

  private bodyRequired(mediaTypes: string[]): RequestHandler {
    return (req, res, next) => {
      if (Buffer.isBuffer(req.body) && req.body.length > 0) return next();
      sendError(res, new GraphQLError(`ファイルを送ってください（${mediaTypes.join(', ')}） / Send the file as ${mediaTypes.join(' or ')}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'file' } }));
    };
  }

  private bodyErrors(limit: number): express.ErrorRequestHandler {
    return (error: Error & { type?: string }, _req, res, next) => {
      if (error?.type !== 'entity.too.large') return next(error);
      const mb = (limit / 1024 / 1024).toFixed(0);
      sendError(res, new GraphQLError(`ファイルが大きすぎます（上限 ${mb} MB） / The file is too large: at most ${mb} MB`, { extensions: { code: 'PAYLOAD_TOO_LARGE', field: 'file', limit } }));
    };
  }

  private run(handler: FileHandler): RequestHandler {
    return async (req, res) => {
      try {
        const context = await createContext(this.dataSource, this.services, { req, res, secureCookies: this.secureCookies });
        if (context.viewer?.mustChangePassword) throw new PasswordChangeRequiredError();
        await handler(req, res, context);
      } catch (error) {
        sendError(res, error);
      }
    };
  }
}

/** Under /files, a path no module serves: JSON like every other answer there, not the client's index.html. */
export const noSuchFile: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'このファイルはありません / No such file', extensions: { code: ErrorCode.NOT_FOUND } }] });
};

/** `Content-Disposition` for a download whose name is Japanese: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachment(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
