import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { createTestApi, createTestWorker, type TestApi, type TestWorker } from '@ecampus/api/platform/testing';
import { CertificatesModule } from '../lib/certificates.module';
import { CertificateJobsModule } from '../lib/jobs/certificate-jobs.module';
import { issuingFixtures } from './issuing-fixtures';

/** What the in-process issuing specs run on: the API with certificates, the worker with its jobs, fixtures, a temp folder. */
export interface IssuingStack {
  api: TestApi;
  worker: TestWorker;
  f: ReturnType<typeof issuingFixtures>;
  /** A temporary folder for PDFs and images read back (removed by `close`). */
  dir: string;
  close(): Promise<void>;
}

export async function startIssuingStack(dirPrefix: string): Promise<IssuingStack> {
  const api = await createTestApi({ features: [CertificatesModule] });
  const worker = await createTestWorker({ jobs: [CertificateJobsModule], services: api.services });
  const dir = await mkdtemp(join(tmpdir(), dirPrefix));
  return {
    api,
    worker,
    f: issuingFixtures(api),
    dir,
    async close() {
      await worker.close();
      await api.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** supertest's parser for a binary answer (a PDF, an image): the body as a Buffer. */
export const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
