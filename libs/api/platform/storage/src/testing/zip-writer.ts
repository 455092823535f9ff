import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

/*
 * A small zip writer for test fixtures (office files, zip bombs): local headers, data, central
 * directory, end record. No zip64, no encryption: entries below 4 GiB, as the fixtures need.
 */

export interface ZipEntry {
  name: string;
  /** Stored as given (compressed with deflate unless `store`). */
  data?: Buffer | string;
  /** Pre-compressed raw deflate data with its real sizes and CRC (for entries too large to hold unpacked). */
  deflated?: { data: Buffer; uncompressedSize: number; crc: number };
  store?: boolean;
}

interface Packed {
  name: Buffer;
  method: number;
  crc: number;
  compressed: Buffer;
  uncompressedSize: number;
}

function pack(entry: ZipEntry): Packed {
  const name = Buffer.from(entry.name, 'utf8');
  if (entry.deflated) {
    return { name, method: 8, crc: entry.deflated.crc, compressed: entry.deflated.data, uncompressedSize: entry.deflated.uncompressedSize };
  }
  const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : (entry.data ?? Buffer.alloc(0));
  return entry.store
    ? { name, method: 0, crc: crc32(raw), compressed: raw, uncompressedSize: raw.length }
    : { name, method: 8, crc: crc32(raw), compressed: deflateRawSync(raw), uncompressedSize: raw.length };
}

/** A zip archive of the entries, in memory. */
export function zipArchive(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries.map(pack)) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(e.name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, e.name, e.compressed);

    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // version made by
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt16LE(0, 12);
    dir.writeUInt16LE(0x21, 14);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.compressed.length, 20);
    dir.writeUInt32LE(e.uncompressedSize, 24);
    dir.writeUInt16LE(e.name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, e.name);
    offset += local.length + e.name.length + e.compressed.length;
  }
  const centralDir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralDir, end]);
}

/**
 * `size` zero bytes as raw deflate, made in chunks (never `size` bytes in memory): 200 MB of zeros
 * pack into about 200 KB, the stuff of zip bombs.
 */
export async function deflatedZeros(size: number): Promise<{ data: Buffer; uncompressedSize: number; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (d: Buffer) => out.push(d));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  for (let left = size; left > 0;) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    left -= piece.length;
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(out), uncompressedSize: size, crc };
}
