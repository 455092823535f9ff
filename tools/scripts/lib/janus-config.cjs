// @ts-check
// The configuration of a Janus the stack starts itself (`npm start` without JANUS_URL, the e2e run,
// integration tests): WebSockets on 127.0.0.1 only, the VideoRoom plugin only, an API secret and a
// VideoRoom admin key only the API knows. CommonJS, so the .mjs scripts and the Jest specs (CJS)
// share this one definition.
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

/** Where Debian, Homebrew and source installs keep the plugin folders (first that exists wins). */
const LIB_DIRS = [
  '/usr/lib/x86_64-linux-gnu/janus',
  '/usr/lib/aarch64-linux-gnu/janus',
  '/usr/lib/janus',
  '/usr/local/lib/janus',
  '/opt/homebrew/lib/janus',
  '/opt/janus/lib/janus',
];

/** Plugins of the Debian package we never load: only the VideoRoom is used. */
const UNUSED_PLUGINS = [
  'audiobridge',
  'duktape',
  'echotest',
  'lua',
  'nosip',
  'recordplay',
  'sip',
  'streaming',
  'textroom',
  'videocall',
  'voicemail',
];
const UNUSED_TRANSPORTS = ['http', 'mqtt', 'nanomsg', 'pfunix', 'rabbitmq'];

/**
 * The folder holding Janus' `plugins/` and `transports/`: JANUS_LIB_DIR, the one the installed
 * janus.jcfg names, or a usual place.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | null}
 */
function janusLibDir(env = process.env) {
  if (env.JANUS_LIB_DIR) return env.JANUS_LIB_DIR;
  for (const jcfg of ['/etc/janus/janus.jcfg', '/usr/local/etc/janus/janus.jcfg', '/opt/homebrew/etc/janus/janus.jcfg']) {
    if (!existsSync(jcfg)) continue;
    const m = /plugins_folder\s*=\s*"([^"]+)"/.exec(readFileSync(jcfg, 'utf8'));
    if (m && existsSync(m[1])) return path.dirname(m[1]);
  }
  return LIB_DIRS.find((dir) => existsSync(path.join(dir, 'plugins'))) ?? null;
}

/**
 * Writes janus.jcfg, the WebSockets transport and the VideoRoom configuration into `dir`.
 * @param {object} o
 * @param {string} o.dir
 * @param {string} o.libDir
 * @param {number} o.wsPort
 * @param {string} o.apiSecret every Janus request must carry it (only the API has it)
 * @param {string} o.adminKey needed to create VideoRoom rooms
 * @param {string} [o.rtpPorts] e.g. "20000-20999"
 * @param {string} [o.stunServer] host:port Janus uses to learn its public address
 * @returns {string} the path of janus.jcfg
 */
function writeJanusConfig({ dir, libDir, wsPort, apiSecret, adminKey, rtpPorts = '20000-40000', stunServer }) {
  mkdirSync(dir, { recursive: true });
  const folder = (name) => JSON.stringify(path.join(libDir, name));
  const [stunHost, stunPort] = stunServer ? stunServer.split(':') : [];
  const files = {
    'janus.jcfg': `general: {
\tconfigs_folder = ${JSON.stringify(dir)}
\tplugins_folder = ${folder('plugins')}
\ttransports_folder = ${folder('transports')}
\tevents_folder = ${folder('events')}
\tloggers_folder = ${folder('loggers')}
\tdebug_level = 4
\tserver_name = "eCampus"
\tapi_secret = ${JSON.stringify(apiSecret)}
\tsession_timeout = 60
}
media: {
\trtp_port_range = ${JSON.stringify(rtpPorts)}
}
nat: {
${stunHost ? `\tstun_server = ${JSON.stringify(stunHost)}\n\tstun_port = ${Number(stunPort || 3478)}\n` : ''}\tice_ignore_list = "vmnet"
}
plugins: {
\tdisable = ${JSON.stringify(UNUSED_PLUGINS.map((p) => `libjanus_${p}.so`).join(','))}
}
transports: {
\tdisable = ${JSON.stringify(UNUSED_TRANSPORTS.map((t) => `libjanus_${t}.so`).join(','))}
}
events: {
\tbroadcast = false
}
loggers: {
\tdisable = "libjanus_jsonlog.so"
}
`,
    'janus.transport.websockets.jcfg': `general: {
\tjson = "plain"
\tws = true
\tws_port = ${wsPort}
\tws_ip = "127.0.0.1"
\twss = false
}
admin: {
\tadmin_ws = false
}
`,
    'janus.plugin.videoroom.jcfg': `general: {
\tadmin_key = ${JSON.stringify(adminKey)}
\tlock_rtp_forward = true
}
`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text, { mode: 0o600 });
  return path.join(dir, 'janus.jcfg');
}

/** The command line for a config written by writeJanusConfig (no colours, logs to stdout). */
function janusArgs(dir) {
  return ['-F', dir, '-C', path.join(dir, 'janus.jcfg'), '-o'];
}

module.exports = { janusLibDir, writeJanusConfig, janusArgs };
