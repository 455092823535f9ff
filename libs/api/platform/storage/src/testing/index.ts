export * from './zip-writer';
export * from './upload-fixtures';
export * from './raw-upload';
export * from './s3-server';
