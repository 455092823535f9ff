import { Init1700000000000 } from './1700000000000-init';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the bundled API, the worker, the
 * migrate entry point and the integration tests all run exactly the same set.
 * Add new ones at the end; never edit one that has shipped.
 */
export const MIGRATIONS = [Init1700000000000];
