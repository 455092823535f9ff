export * from './lib/curriculum.module';
export * from './lib/modules.service';
export * from './lib/lessons.service';
export * from './lib/lesson-rendering';
export * from './migrations';
