export * from './lib/program-access.service';
export type { TandemRef } from './lib/program-access.repository';
export * from './lib/program-roles.guard';
export * from './lib/program-access.module';
