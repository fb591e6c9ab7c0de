import fs from 'node:fs/promises';
import path from 'node:path';
import type { Request, RequestHandler, Response } from 'express';

/** Vite names every file under /assets/ by its content's hash: a new build gives new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and the other unhashed files) are revalidated on every load, so a new build shows at once. */
const REVALIDATE = 'no-cache';

/** The precompressed variants the client build writes beside each file (client/build/precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then((s) => s.isFile(), () => false);
}

/**
 * The file of `dist` a request path names, or undefined: nothing outside `dist`, no dot-file or
 * dot-folder (Vite's .vite/manifest.json, the build stamp), no precompressed variant asked by name.
 */
function fileFor(dist: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.'))) return undefined;
  const file = path.join(dist, path.normalize(decoded));
  if (!file.startsWith(dist + path.sep) || /\.(br|gz)$/.test(file)) return undefined;
  return file;
}

/**
 * Sends `file`, or its .br/.gz variant when the request accepts that encoding (q-values honoured by
 * `req.acceptsEncodings`). Content-Type is the original file's; Vary tells caches the answer depends
 * on Accept-Encoding. The headers set before (helmet's CSP) stay.
 */
async function sendVariant(req: Request, res: Response, file: string, cacheControl: string): Promise<void> {
  let chosen: string = file;
  const available = [];
  for (const encoding of ENCODINGS) if (await isFile(file + encoding.suffix)) available.push(encoding);
  if (available.length > 0) {
    res.vary('Accept-Encoding');
    // No Accept-Encoding at all: the plain file, for clients that decode nothing (curl, probes).
    const accepted = req.headers['accept-encoding'] === undefined ? 'identity' : req.acceptsEncodings([...available.map((e) => e.name), 'identity']);
    const encoding = available.find((e) => e.name === accepted);
    if (encoding) {
      chosen = file + encoding.suffix;
      res.setHeader('Content-Encoding', encoding.name);
    }
  }
  res.type(path.extname(file));
  res.setHeader('Cache-Control', cacheControl);
  await new Promise<void>((resolve, reject) => {
    res.sendFile(chosen, { cacheControl: false, dotfiles: 'deny' }, (error) => (error && !res.headersSent ? reject(error) : resolve()));
  });
}

/**
 * The built client (`dist`, Vite's output): its files, precompressed when the browser accepts it,
 * hashed assets cached for a year, and index.html for every other page path (client-side routes).
 * A missing /assets/ file is a 404, not the page: a stale tab asking for an old build's chunk must
 * not receive HTML as JavaScript. Files are looked up on disk per request, so a rebuild is served at once.
 */
export function serveClient(dist: string): RequestHandler {
  const root = path.resolve(dist);
  const index = path.join(root, 'index.html');
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    try {
      const file = req.path === '/' ? undefined : fileFor(root, req.path);
      if (file && (await isFile(file))) {
        const hashed = req.path.startsWith('/assets/');
        return await sendVariant(req, res, file, hashed ? IMMUTABLE : REVALIDATE);
      }
      if (req.path.startsWith('/assets/') || req.path.startsWith('/graphql')) return next();
      await sendVariant(req, res, index, REVALIDATE);
    } catch (error) {
      next(error);
    }
  };
}
