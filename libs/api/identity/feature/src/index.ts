export { IdentityModule, IDENTITY_ENTITIES } from './lib/identity.module';
export * from './migrations';
