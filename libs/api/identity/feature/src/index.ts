export { IdentityModule, IDENTITY_ENTITIES } from './lib/identity.module';
