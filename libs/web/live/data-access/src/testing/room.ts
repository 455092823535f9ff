import type {
  LiveBreakout,
  LiveBreakoutRoom,
  LiveChatMessage,
  LiveClientToServerEvents,
  LiveParticipant,
  LiveRoomState,
  LiveSlide,
  SocketAck,
} from '@ecampus/shared/contracts';
import { aLiveSession } from './fixtures';

/*
 * Contract-typed room data for the classroom's specs: a live session s1 of program p1 with the
 * trainer Tanja (moderator) and the mentee Mia.
 */

export const TRAINER_ID = 'u-trainer';
export const MENTEE_ID = 'u-mentee';

export function aParticipant(userId: string, overrides: Partial<LiveParticipant> = {}): LiveParticipant {
  const trainer = userId === TRAINER_ID;
  return {
    userId,
    displayName: trainer ? 'Tanja Trainer' : userId === MENTEE_ID ? 'Mia Mentee' : `Person ${userId}`,
    role: trainer ? 'trainer' : 'mentee',
    moderator: trainer,
    muted: false,
    ...overrides,
  };
}

export function aChatMessage(id: string, userId: string, text: string, overrides: Partial<LiveChatMessage> = {}): LiveChatMessage {
  return {
    id,
    userId,
    displayName: aParticipant(userId).displayName,
    text,
    at: '2027-03-01T18:05:00.000Z',
    toModerators: false,
    ...overrides,
  };
}

export function aSlide(overrides: Partial<LiveSlide> = {}): LiveSlide {
  return { materialId: 'mat-1', page: 1, pageCount: 5, fileName: 'Folien.pdf', freeBrowse: false, ...overrides };
}

/** The answer of `session:join` for `me` (the mentee unless told otherwise). */
export function aRoomState(overrides: Partial<LiveRoomState> = {}, me = MENTEE_ID): LiveRoomState {
  const moderator = me === TRAINER_ID;
  return {
    session: aLiveSession({ status: 'live', startedAt: '2027-03-01T18:00:00.000Z', canModerate: moderator }),
    me: { userId: me, moderator, muted: false },
    participants: [aParticipant(TRAINER_ID), aParticipant(MENTEE_ID)],
    chat: [],
    chatHasMore: false,
    hands: [],
    questions: [],
    poll: null,
    slide: null,
    settings: { chatLocked: false, notesOpen: false },
    notes: moderator ? { text: '', version: 0, open: false } : null,
    breakout: null,
    ...overrides,
  };
}

export function aBreakoutRoom(id: string, userIds: string[], overrides: Partial<LiveBreakoutRoom> = {}): LiveBreakoutRoom {
  return { id, name: `Raum ${id}`, userIds, helpRequestedAt: null, ...overrides };
}

/** Open breakout rooms, opened 18:10 and closing 18:25 (15 minutes) unless told otherwise. */
export function aBreakout(rooms: LiveBreakoutRoom[], overrides: Partial<LiveBreakout> = {}): LiveBreakout {
  return { openedAt: '2027-03-01T18:10:00.000Z', endsAt: '2027-03-01T18:25:00.000Z', rooms, ...overrides };
}

type Handler = (...args: unknown[]) => void;
type Events = LiveClientToServerEvents;
/** The ack an event's handler answers with (typed per event by the contract). */
export type AckOf<K extends keyof Events> = Parameters<Parameters<Events[K]>[1]>[0];
export interface Emitted {
  event: string;
  payload: Record<string, unknown>;
  ack: (answer: SocketAck<object>) => void;
  answered: boolean;
}

/** What the room store uses of a socket.io client socket, driven by a spec as the server would. */
export class FakeRoomSocket {
  connected = true;
  readonly emitted: Emitted[] = [];
  private readonly handlers = new Map<string, Set<Handler>>();

  on(event: string, handler: Handler): this {
    const set = this.handlers.get(event) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(event, set);
    return this;
  }

  off(event: string, handler: Handler): this {
    this.handlers.get(event)?.delete(handler);
    return this;
  }

  emit(event: string, payload: Record<string, unknown>, ack: Emitted['ack']): this {
    this.emitted.push({ event, payload, ack, answered: false });
    return this;
  }

  /** The events sent so far, by name. */
  sent(event: string): Emitted[] {
    return this.emitted.filter((e) => e.event === event);
  }

  /** Answers the oldest unanswered emit of that event. */
  answer<K extends keyof Events>(event: K, answer: AckOf<K>): Emitted {
    const call = this.emitted.find((e) => e.event === event && !e.answered);
    if (!call) throw new Error(`nothing to answer for ${event}`);
    call.answered = true;
    call.ack(answer as SocketAck<object>);
    return call;
  }

  serverSends(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }

  networkLost(): void {
    this.connected = false;
    this.serverSends('disconnect', 'transport close');
  }

  reconnects(): void {
    this.connected = true;
    this.serverSends('connect');
  }

  listeners(): number {
    return [...this.handlers.values()].reduce((n, set) => n + set.size, 0);
  }
}
