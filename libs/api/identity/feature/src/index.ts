export * from './lib/identity.module';
export * from './lib/identity.service';
export * from './lib/refresh-token';
export * from './lib/entities/refresh-session.entity';
