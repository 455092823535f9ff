import * as z from 'zod';
import { IdSchema, tooLong } from '../common';
import { msg } from '../i18n';
import type { SocketAck } from '../realtime';

/*
 * Breakout rooms of a live session (issue 10, decision 027): the trainer opens rooms — one per
 * tandem by default, or custom groups — with a timer; people are moved into them (chat, media and
 * a shared note inside each room), can call the trainer in, and come back when the rooms close.
 * The state lives in Redis (every API process sees the same), the rooms' record (names, notes,
 * chat) in PostgreSQL. Events on `/live`; every one carries `sessionId` and is authorised like the
 * room's others (moderator-only ones say so).
 */

export const BREAKOUT_LIMITS = {
  rooms: { max: 50 },
  name: { max: 60 },
  people: { max: 500 },
  minutes: { min: 1, max: 180 },
  broadcast: { max: 500 },
} as const;

/** The Socket.IO room of those in the main room, and of those in one breakout room. */
export const liveMainRoom = (sessionId: string) => `live-session:${sessionId}:main`;
export const liveBreakoutRoom = (sessionId: string, roomId: string) => `live-session:${sessionId}:breakout:${roomId}`;

const SessionRef = z.object({ sessionId: IdSchema });

const minutes = z
  .number(msg('Bitte eine Dauer in Minuten angeben', 'Please enter a duration in minutes'))
  .int(msg('Bitte ganze Minuten angeben', 'Please enter whole minutes'))
  .min(BREAKOUT_LIMITS.minutes.min, msg('Mindestens eine Minute', 'At least one minute'))
  .max(
    BREAKOUT_LIMITS.minutes.max,
    msg(`Höchstens ${BREAKOUT_LIMITS.minutes.max} Minuten`, `At most ${BREAKOUT_LIMITS.minutes.max} minutes`),
  );

export const BreakoutRoomPlanSchema = z.object({
  name: z
    .string(msg('Bitte einen Namen für den Raum angeben', 'Please name the room'))
    .trim()
    .min(1, msg('Bitte einen Namen für den Raum angeben', 'Please name the room'))
    .max(BREAKOUT_LIMITS.name.max, tooLong(BREAKOUT_LIMITS.name.max, { de: 'Der Raumname', en: 'The room name' })),
  userIds: z.array(IdSchema).max(BREAKOUT_LIMITS.people.max),
});

/** Opens the rooms: the given groups, or (without `rooms`) one room per tandem with someone present. */
export const BreakoutOpenSchema = SessionRef.extend({
  minutes,
  rooms: z
    .array(BreakoutRoomPlanSchema)
    .min(1, msg('Bitte mindestens einen Raum anlegen', 'Please add at least one room'))
    .max(BREAKOUT_LIMITS.rooms.max, msg(`Höchstens ${BREAKOUT_LIMITS.rooms.max} Räume`, `At most ${BREAKOUT_LIMITS.rooms.max} rooms`))
    .optional(),
});
/** The default groups (one per tandem with someone present), for the trainer to change before opening. */
export const BreakoutPlanSchema = SessionRef;
/** Moves a person into a room (`roomId`), or back to the main room (`null`). */
export const BreakoutMoveSchema = SessionRef.extend({ userId: IdSchema, roomId: IdSchema.nullable() });
/** A moderator goes into a room herself (`null`: back to the main room). */
export const BreakoutVisitSchema = SessionRef.extend({ roomId: IdSchema.nullable() });
/** The rooms close `minutes` from now (more time, or less). */
export const BreakoutTimerSchema = SessionRef.extend({ minutes });
/** Someone in a breakout room calls the trainer in ("Hilfe anfordern"); `false` takes it back. */
export const BreakoutHelpSchema = SessionRef.extend({ requested: z.boolean().optional() });
export const BreakoutBroadcastSchema = SessionRef.extend({
  text: z
    .string(msg('Bitte eine Nachricht angeben', 'Please enter a message'))
    .trim()
    .min(1, msg('Bitte eine Nachricht angeben', 'Please enter a message'))
    .max(BREAKOUT_LIMITS.broadcast.max, tooLong(BREAKOUT_LIMITS.broadcast.max, { de: 'Die Nachricht', en: 'The message' })),
});
export const BreakoutCloseSchema = SessionRef;

export type BreakoutRoomPlan = z.infer<typeof BreakoutRoomPlanSchema>;
export type BreakoutOpen = z.infer<typeof BreakoutOpenSchema>;
export type BreakoutMove = z.infer<typeof BreakoutMoveSchema>;
export type BreakoutVisit = z.infer<typeof BreakoutVisitSchema>;
export type BreakoutTimer = z.infer<typeof BreakoutTimerSchema>;
export type BreakoutHelp = z.infer<typeof BreakoutHelpSchema>;
export type BreakoutBroadcast = z.infer<typeof BreakoutBroadcastSchema>;

/** One open breakout room: who is in it now (assigned or visiting) and whether it called for help. */
export interface LiveBreakoutRoom {
  id: string;
  name: string;
  userIds: string[];
  /** When someone in it pressed "Hilfe anfordern" (cleared when a moderator visits). */
  helpRequestedAt: string | null;
}

/** The open breakout rooms of a session (null in events and state when none are open). */
export interface LiveBreakout {
  openedAt: string;
  endsAt: string;
  rooms: LiveBreakoutRoom[];
}

/** A moderator's message to every room at once. */
export interface LiveBreakoutBroadcast {
  sessionId: string;
  text: string;
  displayName: string;
  at: string;
}

type Handler<P, T extends object = object> = (payload: P, ack: (answer: SocketAck<T>) => void) => void;

export interface LiveBreakoutClientToServerEvents {
  'breakout:plan': Handler<z.infer<typeof BreakoutPlanSchema>, { rooms: BreakoutRoomPlan[] }>;
  'breakout:open': Handler<BreakoutOpen, { breakout: LiveBreakout }>;
  'breakout:move': Handler<BreakoutMove>;
  'breakout:visit': Handler<BreakoutVisit>;
  'breakout:timer': Handler<BreakoutTimer, { breakout: LiveBreakout }>;
  'breakout:help': Handler<BreakoutHelp>;
  'breakout:broadcast': Handler<BreakoutBroadcast>;
  'breakout:close': Handler<z.infer<typeof BreakoutCloseSchema>>;
}

export interface LiveBreakoutServerToClientEvents {
  /** To the whole session on every change (opened, moved, timer, help, closed → `breakout: null`). */
  'breakout:state': (payload: { sessionId: string; breakout: LiveBreakout | null }) => void;
  'breakout:broadcast': (payload: LiveBreakoutBroadcast) => void;
}

/** The breakout room a person is in (null: the main room). */
export function breakoutRoomOf(breakout: LiveBreakout | null | undefined, userId: string): LiveBreakoutRoom | null {
  return breakout?.rooms.find((r) => r.userIds.includes(userId)) ?? null;
}
