/**
 * A TypeORM DataSource for the typeorm CLI (`migration:generate`): every entity of the API and
 * the explicit migration list. Reads DATABASE_URL like the API does.
 *   npx typeorm-ts-node-commonjs -d apps/api/src/data-source.ts migration:generate <path>
 * New features add their entity lists here.
 */
import { DataSource } from 'typeorm';
import { loadConfig } from '@ecampus/api/infra-config';
import { dataSourceOptions } from '@ecampus/api/infra-database';
import { ACCOUNTS_ENTITIES } from '@ecampus/api/infra-accounts';
import { IDENTITY_ENTITIES } from '@ecampus/api/feature-identity';
import { MailOutboxEntity } from '@ecampus/api/infra-mail';
import { PROGRAM_ENTITIES } from '@ecampus/api/feature-programs';

export const API_ENTITIES = [...ACCOUNTS_ENTITIES, ...IDENTITY_ENTITIES, MailOutboxEntity, ...PROGRAM_ENTITIES];

const dataSource = new DataSource(dataSourceOptions(loadConfig().DATABASE_URL, API_ENTITIES));
export default dataSource;
