export * from './lib/health.module';
export { HealthJobsService } from './lib/health-jobs.service';
export { RunHealthCheckJob, type RunHealthCheckJobData } from './lib/jobs/run-health-check.job';
