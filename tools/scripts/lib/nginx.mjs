// @ts-check
// Debian's nginx in front of a started stack, configured with docker/nginx.conf — the file the Docker
// image uses, with only its ports and paths replaced — so the e2e headers test sees what nginx in
// production sends (apps/web-e2e/src/security-headers.spec.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { onPath } from './bins.mjs';
import { StackError } from './log.mjs';
import { ROOT } from './paths.mjs';
import { freePort } from './ports.mjs';
import { isGone, sleep, startProcess, stopProcess } from './processes.mjs';
import { DIST } from './stack.mjs';

export const NGINX_CONF = path.join(ROOT, 'docker/nginx.conf');
export const NGINX_SECURITY_HEADERS = path.join(ROOT, 'docker/nginx-security-headers.conf');

/**
 * docker/nginx.conf for this machine: the listen port, the API's address, the web root, the
 * headers file and the access log replaced; every other line — the headers above all — as in the image.
 * @param {string} conf the text of docker/nginx.conf
 * @param {{ port: number, apiPort: number, webRoot: string, headersFile: string, accessLog: string }} where
 */
export function nginxConfFor(conf, { port, apiPort, webRoot, headersFile, accessLog }) {
  const replacements = [
    ['listen 8080;', `listen 127.0.0.1:${port};`],
    ['server api:3000;', `server 127.0.0.1:${apiPort};`],
    ['root /usr/share/nginx/html;', `root "${webRoot}";`],
    ['include /etc/nginx/ecampus-security-headers.conf;', `include "${headersFile}";`],
    ['access_log /var/log/nginx/access.log ecampus;', `access_log "${accessLog}" ecampus;`],
  ];
  let out = conf;
  for (const [from, to] of replacements) {
    if (out.split(from).length !== 2) {
      throw new StackError(`docker/nginx.conf must contain "${from}" exactly once: the e2e headers test replaces it.`);
    }
    out = out.replace(from, to);
  }
  return out;
}

/** Debian's nginx binary, or a StackError saying how to install it. */
function nginxBinary() {
  const found = onPath('nginx') ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null);
  if (!found) {
    throw new StackError(
      'nginx is missing: the headers test runs docker/nginx.conf in front of the API. ' +
        'Install it (`sudo apt-get install nginx-light`, or `nginx`); .ci/run does.',
    );
  }
  return found;
}

/**
 * Starts nginx in the foreground with its files under `dir`, serving `webRoot` and proxying to the
 * API on `apiPort`; resolves when `/api/health` answers 200 through it.
 * @param {object} options
 * @param {number} options.apiPort
 * @param {string} [options.webRoot] the built web app (default: dist/apps/web/browser, as the API serves it)
 * @param {string} options.dir for the configuration, pid, temp files and logs
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startNginx({ apiPort, webRoot = DIST.web, dir }) {
  const bin = nginxBinary();
  mkdirSync(path.join(dir, 'temp'), { recursive: true });
  const port = await freePort();
  const site = path.join(dir, 'ecampus.conf');
  writeFileSync(
    site,
    nginxConfFor(readFileSync(NGINX_CONF, 'utf8'), {
      port,
      apiPort,
      webRoot,
      headersFile: NGINX_SECURITY_HEADERS,
      accessLog: path.join(dir, 'access.log'),
    }),
  );
  /** @param {string} name */
  const temp = (name) => `${name}_temp_path "${path.join(dir, 'temp', name)}";`;
  const main = path.join(dir, 'nginx.conf');
  writeFileSync(
    main,
    [
      'daemon off;',
      // As root the workers would run as nobody, who may not read the checkout.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid "${path.join(dir, 'nginx.pid')}";`,
      `error_log "${path.join(dir, 'error.log')}" warn;`,
      'events { worker_connections 256; }',
      'http {',
      // The image's http block: Debian's and nginx's images both ship mime.types.
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include "${site}";`,
      '}',
      '',
    ].join('\n'),
  );
  const child = startProcess('nginx', bin, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', main], {
    output: path.join(dir, 'nginx.log'),
  });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 20_000;
  let last = 'no answer';
  for (;;) {
    if (isGone(child)) {
      const errors = existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : '';
      throw new StackError(`nginx exited while starting:\n${[...child.tail, errors].join('\n').trim()}`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) break;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = /** @type {Error} */ (err).message;
    }
    if (Date.now() > until) {
      await stopProcess(child);
      throw new StackError(`nginx did not pass /api/health through within 20 s (last: ${last}); see ${dir}.`);
    }
    await sleep(150);
  }
  return { url, stop: () => stopProcess(child, 10_000) };
}
