import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const NOT_SPA = /^\/(api|socket\.io)(\/|$)/;

/**
 * Serves the built Angular app from the API's own port: static files, and index.html for every
 * other GET that is neither API nor Socket.IO (client-side routes such as /passwort-setzen).
 * Returns false when the directory has no index.html.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): boolean {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(root, {
    index: false,
    // Angular's bundles carry content hashes; index.html must always be revalidated.
    setHeaders: (res, path) =>
      res.setHeader('Cache-Control', /\.[0-9a-z]{8,}\.(js|css)$/i.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_SPA.test(req.path) || extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
