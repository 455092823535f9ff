import { Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@ecampus/api/platform/config';
import { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage } from './s3-storage';
import { STORAGE_SETTINGS, storageSettings, type StorageSettings } from './storage-settings';
import { UploadReceiver } from './upload-receiver';

/** The driver STORAGE_DRIVER names. */
export function createFileStorage(settings: StorageSettings): FileStorage {
  if (settings.driver === 's3') {
    if (!settings.s3) throw new Error('STORAGE_DRIVER=s3 needs S3_BUCKET');
    return new S3Storage(settings.s3);
  }
  return new LocalDiskStorage(settings.filesDir);
}

/** Closes the S3 client's sockets when the application stops. */
@Injectable()
class StorageShutdown implements OnApplicationShutdown {
  constructor(@Inject(FileStorage) private readonly storage: FileStorage) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3Storage) this.storage.destroy();
  }
}

/**
 * File storage for the domains that keep files (decision 023): import it and inject `FileStorage`
 * (put/get/delete/exists/copy) and `UploadReceiver` (multipart upload → checked, stored file);
 * answer downloads with `sendStoredFile`. The driver follows STORAGE_DRIVER; one instance per process.
 */
@Module({
  providers: [
    { provide: STORAGE_SETTINGS, useFactory: storageSettings, inject: [APP_CONFIG] },
    { provide: FileStorage, useFactory: createFileStorage, inject: [STORAGE_SETTINGS] },
    UploadReceiver,
    StorageShutdown,
  ],
  exports: [FileStorage, UploadReceiver, STORAGE_SETTINGS],
})
export class StorageModule {}
