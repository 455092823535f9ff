export * from './lib/programs.module';
export * from './lib/programs.service';
export * from './lib/tandems.service';
export { PROGRAM_ENTITIES } from './lib/entities';
export * from './migrations';
