// Curriculum's public entry for progress: who completed which lessons, which assignments of a tandem were approved.
export * from './lib/progress.repository';
export * from './lib/progress-read.module';
