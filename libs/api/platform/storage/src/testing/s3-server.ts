import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Settings } from '../lib/s3-storage';

/** A local S3-compatible server for one test file, with one bucket; its data in a temporary folder. */
export interface TestS3Server {
  /** Settings for `S3Storage` (path style, s3rver's fixed credentials). */
  settings: S3Settings;
  /** The same as configuration values (STORAGE_DRIVER=s3 …) for `createTestApi({ env })`. */
  env: Record<
    'STORAGE_DRIVER' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_BUCKET' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE',
    string
  >;
  /** Where s3rver keeps the objects (to look at them directly). */
  directory: string;
  close(): Promise<void>;
}

/**
 * Starts s3rver (an S3 implementation in Node, on 127.0.0.1 and a free port): the real SDK talks
 * real HTTP to it, with signatures checked. No Docker, no network.
 */
export async function startTestS3Server(bucket = 'ecampus-test'): Promise<TestS3Server> {
  const directory = await mkdtemp(join(tmpdir(), 'ecampus-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver's fixed credentials.
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  return {
    settings: { bucket, region: 'us-east-1', endpoint, forcePathStyle: true, credentials },
    env: {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    directory,
    async close() {
      // Kept-alive client sockets would hold close() until they time out.
      server.httpServer?.closeAllConnections();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
