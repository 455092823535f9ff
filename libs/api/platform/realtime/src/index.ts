export * from './lib/realtime.types';
export * from './lib/origins';
export * from './lib/handshake-auth';
export * from './lib/socket-locale';
export * from './lib/realtime-io.adapter';
export * from './lib/realtime-emitter';
export * from './lib/setup-realtime';
export * from './lib/realtime.module';
export { LiveGateway } from './lib/live.gateway';
