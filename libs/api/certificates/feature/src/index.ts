export * from './lib/certificates.module';
export * from './lib/certificates.service';
export * from './lib/jobs/certificate-jobs.module';
export * from './migrations';
