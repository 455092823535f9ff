import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { orderMigrations, type MigrationClass } from '@ecampus/api/platform/database';

/** The workspace root: the nearest folder upwards that holds nx.json. */
export function workspaceRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'nx.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no nx.json above ${from}`);
    dir = up;
  }
  return dir;
}

/** Files `libs/api/<any depth>/src/migrations/<timestamp>-*.ts`: every library's migration files. */
export function migrationFiles(root = workspaceRoot()): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      if (e.name === 'migrations' && path.basename(dir) === 'src') {
        for (const f of readdirSync(p).filter((n) => /^\d{13}-.+\.ts$/.test(n))) found.push(path.join(p, f));
      } else walk(p);
    }
  };
  walk(path.join(root, 'libs', 'api'));
  return found.sort();
}

/**
 * Every migration found in the workspace's libraries, in history order. Tests of a single domain
 * need the whole schema (foreign keys into other domains' tables) but may not import other
 * domains, so they find the migrations on disk. The app's explicit list (apps/api/src/migrations.ts)
 * is checked against this one by a unit test, so both always hold the same set.
 */
export function workspaceMigrations(): MigrationClass[] {
  const classes: MigrationClass[] = [];
  for (const file of migrationFiles()) {
    // Jest transforms TypeScript on require; these files export exactly one migration class each.
    const mod = require(file) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (typeof value === 'function' && typeof (value.prototype as { up?: unknown }).up === 'function')
        classes.push(value as MigrationClass);
    }
  }
  return orderMigrations(classes);
}
