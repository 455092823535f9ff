export * from './lib/data-source-options';
export * from './lib/snake-naming.strategy';
export * from './migrations';
export * from './lib/database.module';
