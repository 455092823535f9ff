import { Programs1700000002000 } from './1700000002000-programs';
import { ProgramArchive1700000007200 } from './1700000007200-program-archive';

/** Programs' migrations. Listed in the app's migration list (apps/api/src/migrations.ts). */
export const PROGRAMS_MIGRATIONS = [Programs1700000002000, ProgramArchive1700000007200];
