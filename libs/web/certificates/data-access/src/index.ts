export * from './lib/certificates-api';
export * from './lib/certificate-batch-store';
export * from './lib/certificates-store';
export * from './lib/certificate-issuer-store';
export * from './lib/my-certificates-store';
export * from './lib/certificate-verify-store';
export * from './lib/verification-code';
