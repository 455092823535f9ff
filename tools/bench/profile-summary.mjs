#!/usr/bin/env node
// @ts-check
// What a V8 CPU profile (.cpuprofile) says, in shares of busy time (every sample except idle):
// the top functions and packages by self time, and the inclusive time of the areas issue 7 asks
// about (JWT key creation, logging, ETag, JSON, TypeORM, pg …).
//
//   node tools/bench/profile-summary.mjs <file.cpuprofile>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {{ functionName: string, url: string, lineNumber: number }} CallFrame
 * @typedef {{ id: number, callFrame: CallFrame, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[] }} CpuProfile
 */

/**
 * Areas by the frames that belong to them; a sample counts for an area when any frame of its
 * stack matches (areas overlap; async continuations start new stacks, so callers of awaited work
 * are not included).
 * @type {{ name: string, match: (f: CallFrame, pkg: string) => boolean }[]}
 */
const AREAS = [
  {
    name: 'crypto.createPublicKey/createSecretKey (JWT key from the secret string)',
    match: (f) => /^create(Public|Secret|Private)Key$/.test(f.functionName),
  },
  {
    name: 'JWT verify/sign (jsonwebtoken, jws, @nestjs/jwt)',
    match: (_f, pkg) => ['jsonwebtoken', 'jws', 'jwa', '@nestjs/jwt'].includes(pkg),
  },
  {
    name: 'logging (pino, pino-http, nestjs-pino, sonic-boom)',
    match: (_f, pkg) => /^(pino|pino-http|pino-std-serializers|nestjs-pino|sonic-boom|@pinojs\/redact|thread-stream)$/.test(pkg),
  },
  { name: 'ETag (etag, fresh)', match: (_f, pkg) => pkg === 'etag' || pkg === 'fresh' },
  { name: 'static files looked up for API paths (serve-static, send)', match: (_f, pkg) => pkg === 'serve-static' || pkg === 'send' },
  { name: 'TypeORM', match: (_f, pkg) => pkg === 'typeorm' },
  { name: 'pg (pg, pg-protocol, pg-types, pg-pool)', match: (_f, pkg) => /^pg(-protocol|-types|-pool)?$/.test(pkg) },
  {
    name: 'JSON (res.json, JSON.parse of json columns; not pino)',
    match: (f, pkg) =>
      /^(stringify|parse)$/.test(f.functionName) && !/pino/.test(pkg) && (!f.url || pkg === 'fastify' || pkg === 'pg-types'),
  },
];

/**
 * Framework layers by self time only: middleware calls the next one from inside its own frame,
 * so an inclusive share of Fastify's hooks or Nest would include everything after them.
 * @type {{ name: string, match: (pkg: string) => boolean }[]}
 */
const LAYERS = [
  {
    name: 'Fastify (fastify, find-my-way, avvio, light-my-request, @fastify/*)',
    match: (pkg) =>
      /^(fastify|find-my-way|avvio|fast-querystring|fast-json-stringify|@fastify\/.+|secure-json-parse|content-type)$/.test(pkg),
  },
  { name: 'Nest (@nestjs/*, rxjs, reflect-metadata)', match: (pkg) => /^(@nestjs\/|rxjs$|reflect-metadata$)/.test(pkg) },
  {
    name: 'Node http, net, streams, events',
    match: (pkg) => /^node:(_http_|http|net|stream|events|buffer|async_hooks|process|timers)/.test(pkg),
  },
  { name: 'garbage collector', match: (pkg) => pkg === '(garbage collector)' },
];

/**
 * The package a frame belongs to: the (scoped) name after the last node_modules/, `node:<module>`
 * for Node's own code, `app` for the built API, or the V8 pseudo-frame ((program), (garbage collector)).
 * @param {CallFrame} f
 */
export function packageOf(f) {
  const url = f.url;
  if (!url) return f.functionName.startsWith('(') ? f.functionName : '(native)';
  const i = url.lastIndexOf('node_modules/');
  if (i >= 0) {
    const parts = url.slice(i + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:'))
    return `node:${
      url
        .slice(5)
        .replace(/^internal\//, '')
        .split('/')[0]
    }`;
  if (url.includes('/dist/apps/')) return 'app';
  return url;
}

/**
 * @param {CpuProfile} profile
 * @param {number} [top]
 */
export function summarise(profile, top = 20) {
  /** @type {Map<number, ProfileNode>} */
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // Each sample weighs the time until the next one (timeDeltas[i + 1]), in microseconds.
  /** @type {Map<number, number>} */
  const selfTime = new Map();
  let busy = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (byId.get(id)?.callFrame.functionName === '(idle)') {
      idle += dt;
      return;
    }
    busy += dt;
    selfTime.set(id, (selfTime.get(id) ?? 0) + dt);
  });

  /** @param {CallFrame} f */
  const location = (f) => `${f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/')}:${f.lineNumber + 1}`;
  /** @type {Map<string, { fn: string, where: string, pkg: string, us: number }>} */
  const functions = new Map();
  /** @type {Map<string, number>} */
  const packages = new Map();
  const areaTime = AREAS.map(() => 0);
  for (const [id, us] of selfTime) {
    const f = /** @type {ProfileNode} */ (byId.get(id)).callFrame;
    // Native code (C++ bindings, builtins) counts for the JavaScript that called it.
    let owner = f;
    for (let n = parent.get(id); !owner.url && n !== undefined && !f.functionName.startsWith('('); n = parent.get(n)) {
      owner = /** @type {ProfileNode} */ (byId.get(n)).callFrame;
    }
    const pkg = packageOf(owner);
    const where = f.url ? location(f) : owner.url ? `native, called by ${owner.functionName || '(anonymous)'} ${location(owner)}` : '';
    const key = `${f.functionName}|${where}`;
    const entry = functions.get(key) ?? { fn: f.functionName || '(anonymous)', where, pkg, us: 0 };
    entry.us += us;
    functions.set(key, entry);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    // Inclusive: walk the stack once, each area counted at most once per sample.
    const hit = AREAS.map(() => false);
    for (let n = /** @type {number | undefined} */ (id); n !== undefined; n = parent.get(n)) {
      const frame = /** @type {ProfileNode} */ (byId.get(n)).callFrame;
      const framePkg = packageOf(frame);
      AREAS.forEach((a, i) => (hit[i] ||= a.match(frame, framePkg)));
    }
    hit.forEach((h, i) => h && (areaTime[i] += us));
  }
  const share = (/** @type {number} */ us) => (busy ? us / busy : 0);
  return {
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    functions: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((e) => ({ ...e, share: share(e.us) })),
    packages: [...packages]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([pkg, us]) => ({ pkg, share: share(us) })),
    areas: AREAS.map((a, i) => ({ name: a.name, share: share(areaTime[i]) })),
    layers: LAYERS.map((l) => ({
      name: l.name,
      share: share([...packages].filter(([pkg]) => l.match(pkg)).reduce((sum, [, us]) => sum + us, 0)),
    })),
  };
}

const pct = (/** @type {number} */ x) => `${(100 * x).toFixed(1).padStart(5)} %`;

/**
 * The summary as text lines.
 * @param {ReturnType<typeof summarise>} s
 */
export function formatSummary(s) {
  const lines = [
    `CPU profile: ${(s.busyMs / 1000).toFixed(1)} s busy, ${(s.idleMs / 1000).toFixed(1)} s idle (shares below: of busy time)`,
    '',
  ];
  lines.push(`Top ${s.functions.length} functions by self time:`);
  for (const f of s.functions) lines.push(`  ${pct(f.share)}  ${f.fn.slice(0, 40).padEnd(40)}  ${f.pkg.padEnd(24)} ${f.where}`);
  lines.push('', 'Self time by package:');
  for (const p of s.packages) lines.push(`  ${pct(p.share)}  ${p.pkg}`);
  lines.push('', 'Areas (inclusive: the frame anywhere in the synchronous stack; areas overlap):');
  for (const a of s.areas) lines.push(`  ${pct(a.share)}  ${a.name}`);
  lines.push('', 'Layers (self time of their packages):');
  for (const l of s.layers) lines.push(`  ${pct(l.share)}  ${l.name}`);
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node tools/bench/profile-summary.mjs <file.cpuprofile>');
    process.exit(2);
  }
  process.stdout.write(formatSummary(summarise(JSON.parse(readFileSync(file, 'utf8')))).join('\n') + '\n');
}
