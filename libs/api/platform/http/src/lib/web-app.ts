import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
// Express is the HTTP adapter's own framework (a dependency of @nestjs/platform-express); only its
// static file middleware is used here.
import express, { type NextFunction, type Request, type Response } from 'express';

const NOT_SPA = /^\/(api|socket\.io)(\/|$)/;

/**
 * Serves the built Angular app from the API's own port: static files, and index.html for every
 * other GET that is neither API nor Socket.IO (client-side routes such as /passwort-setzen).
 * Returns false when the directory has no index.html.
 *
 * Registered before the API's routes (Nest adds those at init), so API and Socket.IO paths skip
 * the file lookup: without that every /api request first asked the disk for a file of its path
 * (`fs.stat`, 11–13 % of the API's busy time under load, docs/benchmarks.md).
 */
export function serveWebApp(app: NestExpressApplication, dir: string): boolean {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  const files = express.static(root, {
    index: false,
    // Angular's bundles carry content hashes; index.html must always be revalidated.
    setHeaders: (res, path) =>
      res.setHeader('Cache-Control', /\.[0-9a-z]{8,}\.(js|css)$/i.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (NOT_SPA.test(req.path)) return next();
    files(req, res, (err?: unknown) => {
      if (err) return next(err);
      if ((req.method !== 'GET' && req.method !== 'HEAD') || extname(req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
  return true;
}
