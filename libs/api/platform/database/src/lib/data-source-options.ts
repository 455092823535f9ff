import type { DataSourceOptions, MigrationInterface, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

export type MigrationClass = new () => MigrationInterface;

/**
 * One place that says how we talk to PostgreSQL. `synchronize` is off everywhere: the schema
 * changes only through migrations. Each library keeps its own in `src/migrations/`; the app lists
 * them all (apps/api/src/migrations.ts), and only the migrate entry point and tests pass them here.
 */
export function dataSourceOptions(
  databaseUrl: string,
  { entities = [], migrations = [] }: { entities?: EntityList; migrations?: MigrationClass[] } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: 10, application_name: 'ecampus' },
  };
}

/** The name TypeORM records for a migration (its `name` property, else the class name). */
export function migrationName(m: MigrationClass): string {
  return new m().name ?? m.name;
}

/**
 * Migrations of several libraries as one history: ordered by the timestamp every name ends with
 * (`Programs1700000002000`). Refuses a name without timestamp and two migrations of one name.
 */
export function orderMigrations(migrations: MigrationClass[]): MigrationClass[] {
  const stamp = (m: MigrationClass) => {
    const match = /(\d{13})$/.exec(migrationName(m));
    if (!match) throw new Error(`Migration ${migrationName(m)}: its name must end with a 13-digit timestamp`);
    return Number(match[1]);
  };
  const names = migrations.map(migrationName);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`Migration ${duplicate} is listed twice`);
  return [...migrations].sort((a, b) => stamp(a) - stamp(b));
}
