import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { assertStorageKey, FileStorage, StoredFileNotFoundError, type StoredObjectMeta } from './file-storage';

export interface S3Settings {
  bucket: string;
  region: string;
  /** S3-compatible server; unset = AWS. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset = the SDK's default credential chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** The SDK's "there is no such object" (GetObject: NoSuchKey, HeadObject: NotFound, or a bare 404). */
const isNotFound = (e: unknown): boolean => {
  const err = e as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'NoSuchKey' || err?.name === 'NotFound' || err?.Code === 'NoSuchKey' || err?.$metadata?.httpStatusCode === 404;
};

/**
 * Files as objects of one bucket of AWS S3 or an S3-compatible server (MinIO, Ceph, Garage …), for
 * several API nodes. Bodies stream both ways: PutObject gets the stream with its exact
 * ContentLength (we know it, the upload was counted), GetObject's body is handed on unread.
 */
export class S3Storage extends FileStorage {
  readonly client: S3Client;

  constructor(
    private readonly settings: S3Settings,
    overrides: Partial<S3ClientConfig> = {},
  ) {
    super();
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
      // Since 2025 the SDK adds CRC32 checksums to every upload by default (streamed bodies as
      // `aws-chunked` with a trailing checksum) and validates them on every download. Many
      // S3-compatible servers (older MinIO and Ceph, s3rver in our tests …) reject or garble such
      // requests. Only where an operation requires a checksum: a plain PUT with Content-Length.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...overrides,
    });
  }

  get bucket(): string {
    return this.settings.bucket;
  }

  async put(key: string, body: Readable, meta: StoredObjectMeta): Promise<void> {
    assertStorageKey(key);
    // The SDK pipes the body into its request without listening for the body's errors (a failing
    // source would be an unhandled 'error' and a request that never ends). So it gets a
    // pass-through fed by pipeline, and a failing source aborts the request.
    const abort = new AbortController();
    const relay = new PassThrough();
    const feeding = pipeline(body, relay).catch((e: unknown) => {
      abort.abort(e);
      throw e;
    });
    const sending = this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: relay, ContentLength: meta.sizeBytes, ContentType: meta.contentType }),
      { abortSignal: abort.signal },
    );
    try {
      await Promise.all([feeding, sending]);
    } catch (e) {
      relay.destroy();
      body.destroy();
      throw e;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: assertStorageKey(key) }));
      // In Node the body is an http.IncomingMessage (a Readable) with the SDK's helpers mixed in.
      return out.Body as Readable;
    } catch (e) {
      if (isNotFound(e)) throw new StoredFileNotFoundError(key);
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 for a key that is not there: idempotent as it is.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: assertStorageKey(key) }));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: assertStorageKey(key) }));
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  }

  async copy(sourceKey: string, targetKey: string): Promise<void> {
    try {
      // Server-side: the bytes never pass through the API. Keys need no URL-encoding (assertStorageKey's alphabet).
      await this.client.send(
        new CopyObjectCommand({
          Bucket: this.bucket,
          Key: assertStorageKey(targetKey),
          CopySource: `${this.bucket}/${assertStorageKey(sourceKey)}`,
        }),
      );
    } catch (e) {
      if (isNotFound(e)) throw new StoredFileNotFoundError(sourceKey);
      throw e;
    }
  }

  /** Closes the client's sockets (module shutdown). */
  destroy(): void {
    this.client.destroy();
  }
}
