import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import serveStatic from 'serve-static';
import type { ApiApplication } from './create-api-application';

const NOT_SPA = /^\/(api|socket\.io)(\/|$)/;
const HASHED_BUNDLE = /[.-][0-9a-z]{8,}\.(js|css)$/i;

/**
 * Serves the built Angular app from the API's own port: static files, and index.html for every
 * other GET that is neither API nor Socket.IO (client-side routes such as /passwort-setzen).
 * Returns false when the directory has no index.html.
 *
 * A middleware on the raw request, before Fastify's routing; API and Socket.IO paths skip the file
 * lookup: without that every /api request first asked the disk for a file of its path (`fs.stat`,
 * 11–13 % of the API's busy time under load, docs/benchmarks.md).
 */
export function serveWebApp(app: ApiApplication, dir: string): boolean {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) return false;
  const files = serveStatic(root, {
    index: false,
    // Angular's bundles carry content hashes (`main-HASH.js`, `chunk-HASH.js`); index.html must always
    // be revalidated. The same rule as docker/nginx.conf's.
    setHeaders: (res, path) =>
      res.setHeader('Cache-Control', HASHED_BUNDLE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => {
    const path = (req.url ?? '/').split('?')[0];
    if (NOT_SPA.test(path)) return next();
    files(req, res, (err?: unknown) => {
      if (err) return next(err);
      if ((req.method !== 'GET' && req.method !== 'HEAD') || extname(path)) return next();
      // A client-side route: the app's index.html (no-cache, as above).
      req.url = '/index.html';
      files(req, res, next);
    });
  });
  return true;
}
