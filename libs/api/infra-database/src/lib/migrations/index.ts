import { Init1700000000000 } from './1700000000000-init';
import { PasswordToken1700000001000 } from './1700000001000-password-token';
import { Programs1700000002000 } from './1700000002000-programs';
import { MailOutbox1700000003000 } from './1700000003000-mail-outbox';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the bundled API, the worker, the
 * migrate entry point and the integration tests all run exactly the same set.
 * Add new ones at the end; never edit one that has shipped.
 */
export const MIGRATIONS = [Init1700000000000, PasswordToken1700000001000, Programs1700000002000, MailOutbox1700000003000];
