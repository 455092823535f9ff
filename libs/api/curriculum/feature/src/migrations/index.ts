import { Curriculum1795817430948 } from './1795817430948-curriculum';
import { MaterialsAssignments1795900000000 } from './1795900000000-materials-assignments';
import { ReviewDigest1795900000500 } from './1795900000500-review-digest';

/** Curriculum's migrations. Listed in the app's migration list (apps/api/src/migrations.ts). */
export const CURRICULUM_MIGRATIONS = [Curriculum1795817430948, MaterialsAssignments1795900000000, ReviewDigest1795900000500];
