export * from './lib/live.module';
export * from './lib/jobs/live-jobs.module';
// The demo seed plans its seminars through the same service as the API.
export { LiveScheduleModule } from './lib/schedule/live-schedule.module';
export { LiveScheduleService } from './lib/schedule/live-schedule.service';
export * from './migrations';
