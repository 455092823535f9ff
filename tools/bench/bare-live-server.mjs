#!/usr/bin/env node
// @ts-check
// The baseline of `npm run bench:live`: a bare Socket.IO server with the API's adapter and engine
// settings (Redis streams adapter on the same Redis, websocket first, no per-message deflate,
// connection state recovery) that joins a room and broadcasts chat — and nothing else: no token
// check, no validation, no rate limit, no PostgreSQL.
//
//   REDIS_URL=redis://… REDIS_PREFIX=… PORT=3102 node tools/bench/bare-live-server.mjs
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';

const prefix = `${process.env.REDIS_PREFIX ?? 'ecampus'}:bare`;
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const http = createServer((req, res) => {
  res.writeHead(req.url === '/api/health' ? 200 : 404, { 'content-type': 'application/json' });
  res.end('{"status":"ok"}');
});
const io = new Server(http, {
  transports: ['websocket', 'polling'],
  perMessageDeflate: false,
  connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
  // The API's stream and key names (realtimeKeys of libs/api/platform/realtime) under a prefix of its own.
  adapter: createAdapter(redis, {
    streamName: `${prefix}:socket.io`,
    channelPrefix: `${prefix}:socket.io`,
    sessionKeyPrefix: `${prefix}:sio:session:`,
  }),
});
const live = io.of('/live');
live.on('connection', (socket) => {
  socket.on('session:join', (/** @type {{ sessionId: string }} */ payload, /** @type {(a: unknown) => void} */ ack) => {
    socket.join(`live-session:${payload.sessionId}`);
    ack({ ok: true });
  });
  socket.on('chat:send', (/** @type {{ sessionId: string, text: string }} */ payload, /** @type {(a: unknown) => void} */ ack) => {
    const message = {
      id: randomUUID(),
      userId: socket.id,
      displayName: 'Bench',
      text: payload.text,
      at: new Date().toISOString(),
      toModerators: false,
    };
    // To the others, like the API: the sender has her message in the ack.
    socket.to(`live-session:${payload.sessionId}`).emit('chat:message', message);
    ack({ ok: true, message });
  });
});
http.listen(Number(process.env.PORT ?? 3102), '127.0.0.1');
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, () => {
    io.close();
    redis.disconnect();
    process.exit(0);
  });
