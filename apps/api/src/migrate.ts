/**
 * Schema migrations as an explicit step (never part of API boot).
 *   node dist/apps/api/migrate.js          run pending migrations
 *   node dist/apps/api/migrate.js revert   revert the last one
 *   node dist/apps/api/migrate.js show     list migrations ([X] applied, [ ] pending)
 * Exit codes: 0 ok, 1 failure, 2 unknown command (config errors exit 1 with one line naming the key).
 */
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@ecampus/api/platform/config';
import { dataSourceOptions, migrationName } from '@ecampus/api/platform/database';
import { MIGRATIONS } from './migrations';

const COMMANDS = ['run', 'revert', 'show'] as const;
type Command = (typeof COMMANDS)[number];

const out = (line: string) => process.stdout.write(`${line}\n`);

/** Host and database only: never print credentials. */
function describe(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

async function main(argv: string[]): Promise<number> {
  const command = (argv[0] ?? 'run') as Command;
  if (!COMMANDS.includes(command)) {
    process.stderr.write(`Unbekannter Befehl "${argv[0]}". Erlaubt: ${COMMANDS.join(', ')}\n`);
    return 2;
  }
  const config = loadConfigOrExit();
  const dataSource = new DataSource({
    ...dataSourceOptions(config.DATABASE_URL, { migrations: MIGRATIONS }),
    logging: ['error'],
    extra: { max: 2 },
  });
  await dataSource.initialize();
  try {
    const target = describe(config.DATABASE_URL);
    if (command === 'run') {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      out(ran.length ? `Migrationen ausgeführt auf ${target}:` : `Keine offenen Migrationen auf ${target}.`);
      for (const m of ran) out(`  + ${m.name}`);
    } else if (command === 'revert') {
      const before = await applied(dataSource);
      await dataSource.undoLastMigration({ transaction: 'each' });
      const after = new Set(await applied(dataSource));
      const reverted = before.filter((n) => !after.has(n));
      out(reverted.length ? `Zurückgenommen auf ${target}: ${reverted.join(', ')}` : `Nichts zurückzunehmen auf ${target}.`);
    } else {
      const done = new Set(await applied(dataSource));
      for (const m of MIGRATIONS) {
        const name = migrationName(m);
        out(`${done.has(name) ? '[X]' : '[ ]'} ${name}`);
      }
    }
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

async function applied(ds: DataSource): Promise<string[]> {
  const table = ds.options.migrationsTableName ?? 'migrations';
  const exists: { t: string | null }[] = await ds.query(`SELECT to_regclass($1) AS t`, [table]);
  if (!exists[0]?.t) return [];
  const rows: { name: string }[] = await ds.query(`SELECT name FROM "${table}" ORDER BY id`);
  return rows.map((r) => r.name);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`Migration fehlgeschlagen: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
