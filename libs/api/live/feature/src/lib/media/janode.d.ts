// janode ships JavaScript without types: the part of its API this library uses.
declare module 'janode' {
  import type { EventEmitter } from 'node:events';

  export interface JanodeHandle extends EventEmitter {
    readonly id: number;
    message(body: object, jsep?: object): Promise<{ plugindata?: { data?: Record<string, unknown> } } & Record<string, unknown>>;
    trickle(candidate: object): Promise<unknown>;
    trickleComplete(): Promise<unknown>;
    detach(): Promise<void>;
  }
  export interface JanodeSession extends EventEmitter {
    readonly id: number;
    attach<H extends JanodeHandle>(plugin: { Handle: new (...args: never[]) => H; id: string }): Promise<H>;
    destroy(): Promise<void>;
  }
  export interface JanodeConnection extends EventEmitter {
    create(ka_interval?: number): Promise<JanodeSession>;
    close(): Promise<void>;
  }
  const Janode: {
    connect(config: {
      address: { url: string; apisecret?: string };
      retry_time_secs?: number;
      max_retries?: number;
    }): Promise<JanodeConnection>;
    Logger: { setLevel(level: 'none' | 'error' | 'warning' | 'info' | 'verbose' | 'debug'): void };
    EVENT: {
      CONNECTION_CLOSED: string;
      CONNECTION_ERROR: string;
      SESSION_DESTROYED: string;
      HANDLE_DETACHED: string;
      HANDLE_HANGUP: string;
      HANDLE_WEBRTCUP: string;
    };
  };
  export default Janode;
}

declare module 'janode/plugins/videoroom' {
  import type { JanodeHandle } from 'janode';

  export interface VideoRoomHandle extends JanodeHandle {
    joinPublisher(o: {
      room: number;
      feed?: number;
      display?: string;
      token?: string;
    }): Promise<{ room: number; feed: number; publishers: unknown[] }>;
    joinSubscriber(o: {
      room: number;
      feed?: number;
      streams?: object[];
      token?: string;
      private_id?: number;
    }): Promise<{ room: number; feed: number; jsep?: { type: 'offer'; sdp: string } }>;
    publish(o: {
      jsep: { type: 'offer'; sdp: string };
      audio?: boolean;
      video?: boolean;
      display?: string;
    }): Promise<{ room: number; feed: number; jsep?: { type: 'answer'; sdp: string } }>;
    start(o: { jsep: { type: 'answer'; sdp: string } }): Promise<unknown>;
    kick(o: { room: number; feed: number; secret?: string }): Promise<unknown>;
    allow(o: {
      room: number;
      action: 'enable' | 'disable' | 'add' | 'remove';
      list?: string[];
      secret?: string;
    }): Promise<{ list?: string[] }>;
    exists(o: { room: number }): Promise<{ room: number; exists: boolean }>;
    destroy(o: { room: number; secret?: string; permanent?: boolean }): Promise<{ room: number }>;
    listParticipants(o: {
      room: number;
      secret?: string;
    }): Promise<{ room: number; participants: { feed: number; display?: string; publisher: boolean; talking?: boolean }[] }>;
    leave(): Promise<unknown>;
  }
  const VideoRoomPlugin: { id: string; Handle: new (...args: never[]) => VideoRoomHandle; EVENT: Record<string, string> };
  export default VideoRoomPlugin;
}
