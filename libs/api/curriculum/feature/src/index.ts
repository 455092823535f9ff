export * from './lib/curriculum.module';
export * from './lib/curriculum.service';
export * from './migrations';
