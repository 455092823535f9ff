import { Curriculum1795817430948 } from './1795817430948-curriculum';

/** Curriculum's migrations. Listed in the app's migration list (apps/api/src/migrations.ts). */
export const CURRICULUM_MIGRATIONS = [Curriculum1795817430948];
