import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, FileStorage, StoredFileNotFoundError, type StoredObjectMeta } from './file-storage';

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException)?.code === 'ENOENT';

/** A body whose length is not the announced one: refused, so a truncated stream is never stored as the file. */
export class StoredSizeMismatchError extends Error {
  constructor(
    readonly key: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`Body of ${key} has ${actual} bytes, ${expected} announced`);
    this.name = 'StoredSizeMismatchError';
  }
}

/**
 * Files on the local disk under one root directory (`<DATA_DIR>/files`): key `materials/<uuid>` is
 * the file `<root>/materials/<uuid>`. Writes go to a temporary file in the target's own directory
 * (same file system) and are renamed into place after fsync, so readers and crashes never see a
 * half-written file. For several API nodes the root must be a shared volume, or use `S3Storage`.
 */
export class LocalDiskStorage extends FileStorage {
  readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  /** The path of a key; `assertStorageKey` keeps it inside the root (no `..`, no absolute keys). */
  pathOf(key: string): string {
    return join(this.root, ...assertStorageKey(key).split('/'));
  }

  async put(key: string, body: Readable, meta: StoredObjectMeta): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    await this.atomically(target, async (temp) => {
      let written = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          written += chunk.length;
          done(null, chunk);
        },
      });
      await pipeline(body, counter, createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
      if (written !== meta.sizeBytes) throw new StoredSizeMismatchError(key, meta.sizeBytes, written);
    });
  }

  async get(key: string): Promise<Readable> {
    try {
      // Opened here, so a missing file is this call's error and not the stream's later.
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (e) {
      if (isMissing(e)) throw new StoredFileNotFoundError(key);
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }

  async copy(sourceKey: string, targetKey: string): Promise<void> {
    const source = this.pathOf(sourceKey);
    const target = this.pathOf(targetKey);
    await mkdir(dirname(target), { recursive: true });
    try {
      await this.atomically(target, (temp) => copyFile(source, temp));
    } catch (e) {
      if (isMissing(e) && !(await this.exists(sourceKey))) throw new StoredFileNotFoundError(sourceKey);
      throw e;
    }
  }

  /** `write(temp)` fills a temporary file beside `target`; then fsync and rename. The temporary file never stays behind. */
  private async atomically(target: string, write: (temp: string) => Promise<void>): Promise<void> {
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      await write(temp);
      const handle = await open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
  }
}
