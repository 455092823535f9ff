// @ts-check
// One load run with autocannon: a fixed number of connections hammering one GET for a while.
import { createRequire } from 'node:module';

/**
 * What is used of autocannon (it ships no type declarations).
 * @typedef {{ duration: number, non2xx: number, errors: number, timeouts: number }} Results
 * @typedef {PromiseLike<Results> & { on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void }} Run
 * @type {(options: { url: string, headers: Record<string, string>, connections: number, duration: number }) => Run}
 */
const autocannon = createRequire(import.meta.url)('autocannon');

/**
 * @typedef {object} LoadResult
 * @property {number} rps 2xx answers per second over the whole run
 * @property {number} p50 latency in ms
 * @property {number} p99 latency in ms
 * @property {number} requests 2xx answers
 * @property {number} failed non-2xx answers, connection errors and timeouts
 */

/**
 * The value below which `share` of the sorted `values` lie (nearest rank).
 * @param {Float64Array} sorted
 * @param {number} share
 */
const percentile = (sorted, share) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] : NaN);

/**
 * @param {object} options
 * @param {string} options.url
 * @param {Record<string, string>} options.headers
 * @param {number} options.connections
 * @param {number} options.seconds
 * @returns {Promise<LoadResult>}
 */
export async function load({ url, headers, connections, seconds }) {
  // autocannon's own histogram keeps whole milliseconds; the bare server answers in a few, so
  // percentiles come from the exact response times instead.
  /** @type {number[]} */
  const times = [];
  const run = autocannon({ url, headers, connections, duration: seconds });
  run.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) times.push(ms);
  });
  const r = await run;
  const sorted = Float64Array.from(times).sort();
  return {
    rps: times.length / r.duration,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    requests: times.length,
    failed: r.non2xx + r.errors + r.timeouts,
  };
}
