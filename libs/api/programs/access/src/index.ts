export { ProgramAccessModule } from './lib/program-access.module';
export { ProgramAccessService, assertNotArchived, hasAnyRole, type Caller, type ProgramAccess } from './lib/program-access.service';
export type { ProgramStanding } from './lib/program-access.repository';
export { programArchived, programNotFound, tandemNotFound } from './lib/program-access.errors';
export { currentTandemIdSql, currentTandemsSql } from './lib/current-tandem.sql';
export { ProgramRoles, CurrentProgramAccess } from './lib/program-roles.guard';
