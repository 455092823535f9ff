import { randomBytes } from 'node:crypto';
import { request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { rfc5987Encode } from '../lib/send-stored-file';

/*
 * Uploads as a browser sends them, over a real socket: for what supertest cannot do — a body
 * generated on the fly (hundreds of MB without holding them), no Content-Length (chunked), or a
 * client that stops half-way.
 */

export interface MultipartFrame {
  boundary: string;
  contentType: string;
  /** Boundary line and part headers before the file's bytes. */
  head: Buffer;
  /** The closing boundary after them. */
  tail: Buffer;
}

export interface MultipartOptions {
  /** Field name (default `file`). */
  field?: string;
  partType?: string;
  /**
   * Send the name as RFC 5987 `filename*=UTF-8''…` (how a client can send any character, control
   * characters included) instead of raw UTF-8 in `filename="…"` (what browsers send).
   */
  encodeName?: boolean;
}

/** The framing of a `multipart/form-data` body with one file part. */
export function multipartFrame(fileName: string, opts: MultipartOptions = {}): MultipartFrame {
  const boundary = `----ecampus${randomBytes(12).toString('hex')}`;
  const name = opts.encodeName ? `filename*=UTF-8''${rfc5987Encode(fileName)}` : `filename="${fileName}"`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; ${name}\r\n` +
      `Content-Type: ${opts.partType ?? 'application/octet-stream'}\r\n\r\n`,
    'utf8',
  );
  return { boundary, contentType: `multipart/form-data; boundary=${boundary}`, head, tail: Buffer.from(`\r\n--${boundary}--\r\n`) };
}

/** A whole multipart body with one file (for supertest's `.send()` with the frame's content type). */
export function multipartBody(fileName: string, content: Buffer, opts: MultipartOptions = {}): { contentType: string; body: Buffer } {
  const frame = multipartFrame(fileName, opts);
  return { contentType: frame.contentType, body: Buffer.concat([frame.head, content, frame.tail]) };
}

export interface RawUploadOptions {
  /** A listening server (its address), or `host:port`. */
  server: Server | { host: string; port: number };
  path: string;
  headers?: Record<string, string>;
  fileName: string;
  /** The file: `prefix` then `size - prefix.length` zero bytes, made as they are sent. */
  size: number;
  prefix?: Buffer;
  /** Send Content-Length (default) or stream chunked. */
  contentLength?: boolean;
  /** Stop sending after this many bytes of the file and destroy the socket (a client that goes away). */
  abortAfterBytes?: number;
  /** Once this many bytes of the file are sent, wait for `run` before sending on (to look at the server mid-upload). */
  pauseAt?: { bytes: number; run: () => Promise<void> };
}

export interface RawUploadResult {
  status: number | null;
  headers: IncomingHttpHeaders;
  body: string;
  /** Bytes of the file actually written to the socket. */
  sentBytes: number;
  /** The socket failed (reset) before an answer came; or the client aborted on purpose. */
  error: string | null;
}

/**
 * POSTs one file as `multipart/form-data`, generating its bytes while sending (64 KiB at a time,
 * respecting backpressure), so the test holds no more than a chunk of it. Stops writing as soon as
 * an answer arrives (an early 413 or 4xx).
 */
export function rawUpload(opts: RawUploadOptions): Promise<RawUploadResult> {
  const address = 'port' in opts.server && typeof opts.server.port === 'number' ? opts.server : (opts.server as Server).address();
  const { port } = address as AddressInfo;
  const frame = multipartFrame(opts.fileName);
  const prefix = opts.prefix ?? Buffer.alloc(0);
  const total = frame.head.length + opts.size + frame.tail.length;
  const headers: Record<string, string | number> = { 'Content-Type': frame.contentType, ...opts.headers };
  if (opts.contentLength !== false) headers['Content-Length'] = total;

  return new Promise((resolve) => {
    const zeros = Buffer.alloc(64 * 1024);
    let sentBytes = 0;
    let answered = false;
    let settled = false;
    const result: RawUploadResult = { status: null, headers: {}, body: '', sentBytes: 0, error: null };
    const finish = (error: string | null = null) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, sentBytes, error: result.error ?? error });
    };

    const req = request({ host: '127.0.0.1', port, method: 'POST', path: opts.path, headers }, (res) => {
      answered = true;
      result.status = res.statusCode ?? null;
      result.headers = res.headers;
      res.setEncoding('utf8');
      res.on('data', (d: string) => (result.body += d));
      res.on('end', () => {
        req.destroy();
        finish();
      });
      res.on('error', () => finish());
      res.on('close', () => finish());
    });
    req.on('error', (e) => finish(e.message));
    req.on('close', () => {
      if (!answered) finish('socket closed');
    });

    let paused = false;
    const write = (): void => {
      if (answered || settled) return;
      if (sentBytes === 0) req.write(frame.head);
      while (sentBytes < opts.size && !answered) {
        if (opts.pauseAt && !paused && sentBytes >= opts.pauseAt.bytes) {
          paused = true;
          return void opts.pauseAt.run().then(write, (e: unknown) => {
            result.error = String(e);
            req.destroy();
          });
        }
        if (opts.abortAfterBytes !== undefined && sentBytes >= opts.abortAfterBytes) {
          result.error = 'aborted by the client';
          req.destroy();
          // The server sees the reset; give it the same tick to notice before the test looks.
          return void setImmediate(() => finish());
        }
        let piece: Buffer;
        if (sentBytes < prefix.length) piece = prefix.subarray(sentBytes, sentBytes + zeros.length);
        else piece = zeros.subarray(0, Math.min(zeros.length, opts.size - sentBytes));
        sentBytes += piece.length;
        if (!req.write(piece)) return void req.once('drain', write);
      }
      if (!answered) req.end(frame.tail);
    };
    write();
  });
}
