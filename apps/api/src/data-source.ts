/**
 * A TypeORM DataSource for the typeorm CLI (`migration:generate`): every entity of the API and
 * the explicit migration list. Reads DATABASE_URL like the API does.
 *   npx typeorm-ts-node-commonjs -d apps/api/src/data-source.ts migration:generate <path>
 * New features add their entity lists here.
 */
import { DataSource } from 'typeorm';
import { loadConfig } from '@ecampus/api/platform/config';
import { dataSourceOptions } from '@ecampus/api/platform/database';
import { ACCOUNTS_ENTITIES } from '@ecampus/api/identity/accounts';
import { IDENTITY_ENTITIES } from '@ecampus/api/identity/feature';
import { MailOutboxEntity } from '@ecampus/api/platform/mail';
import { PROGRAM_ENTITIES } from '@ecampus/api/programs/feature';
import { MIGRATIONS } from './migrations';

export const API_ENTITIES = [...ACCOUNTS_ENTITIES, ...IDENTITY_ENTITIES, MailOutboxEntity, ...PROGRAM_ENTITIES];

const dataSource = new DataSource(dataSourceOptions(loadConfig().DATABASE_URL, { entities: API_ENTITIES, migrations: MIGRATIONS }));
export default dataSource;
