export * from './lib/certificates.routes';
export * from './lib/mine/my-certificates.routes';
export * from './lib/verify/verify.routes';
