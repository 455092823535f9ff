import { resolve } from 'node:path';
import type { AppConfig } from '@ecampus/api/platform/config';
import type { S3Settings } from './s3-storage';

/** The storage's settings, read once from the configuration (absolute paths). */
export interface StorageSettings {
  driver: 'local' | 's3';
  /** Root of `LocalDiskStorage`: `<DATA_DIR>/files`. */
  filesDir: string;
  /** Uploads in progress (the receiver's temporary files): `<DATA_DIR>/uploads`, on local disk whatever the driver. */
  uploadTempDir: string;
  /** UPLOAD_MAX_BYTES. */
  maxUploadBytes: number;
  /** With driver `s3`. */
  s3: S3Settings | null;
}

/** Nest token of `StorageSettings`. */
export const STORAGE_SETTINGS = Symbol('STORAGE_SETTINGS');

export function storageSettings(config: AppConfig): StorageSettings {
  const dataDir = resolve(config.DATA_DIR);
  return {
    driver: config.STORAGE_DRIVER,
    filesDir: resolve(dataDir, 'files'),
    uploadTempDir: resolve(dataDir, 'uploads'),
    maxUploadBytes: config.UPLOAD_MAX_BYTES,
    s3:
      config.STORAGE_DRIVER === 's3' && config.S3_BUCKET
        ? {
            bucket: config.S3_BUCKET,
            region: config.S3_REGION,
            endpoint: config.S3_ENDPOINT,
            forcePathStyle: config.S3_FORCE_PATH_STYLE,
            credentials:
              config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
                ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
                : undefined,
          }
        : null,
  };
}
