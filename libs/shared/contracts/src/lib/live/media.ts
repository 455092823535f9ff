import * as z from 'zod';
import { IdSchema } from '../common';
import { msg } from '../i18n';
import type { SocketAck } from '../realtime';

/*
 * Audio and video of the live room (issue 10, decision 026): the browser negotiates with Janus
 * through these `/live` events; the API performs each step with its own Janus handles after the
 * same checks as every room event (joined, not removed, session live, the floor to publish).
 * Browsers send complete descriptions (ICE gathering finished: no trickle); Janus puts its own
 * candidates in its descriptions.
 */

export const MEDIA_KINDS = ['camera', 'screen'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const MEDIA_LIMITS = { sdp: { max: 100_000 } } as const;

const SessionRef = z.object({ sessionId: IdSchema });
const Description = <T extends 'offer' | 'answer'>(type: T) =>
  z.object({
    type: z.literal(
      type,
      msg(`Eine Sitzungsbeschreibung vom Typ ${type} wird erwartet`, `A session description of type ${type} is expected`),
    ),
    sdp: z
      .string()
      .min(1, msg('Die Sitzungsbeschreibung fehlt', 'The session description is missing'))
      .max(MEDIA_LIMITS.sdp.max, msg('Die Sitzungsbeschreibung ist zu lang', 'The session description is too long')),
  });

export const MediaInfoSchema = SessionRef;
/** Publish camera (with microphone) or screen: the browser's offer → Janus' answer. */
export const MediaPublishSchema = SessionRef.extend({ kind: z.enum(MEDIA_KINDS), jsep: Description('offer') });
export const MediaUnpublishSchema = SessionRef.extend({ kind: z.enum(MEDIA_KINDS) });
/** Receive a published feed: Janus' offer comes back in the ack, the browser answers with `media:answer`. */
export const MediaSubscribeSchema = SessionRef.extend({ feed: z.number().int().positive() });
export const MediaAnswerSchema = SessionRef.extend({ subscriptionId: z.string().uuid(), jsep: Description('answer') });
export const MediaUnsubscribeSchema = SessionRef.extend({ subscriptionId: z.string().uuid() });
/** A moderator gives someone the floor ("Wort erteilen") or takes it back. */
export const MediaFloorSchema = SessionRef.extend({ userId: IdSchema, granted: z.boolean() });
/** Which simulcast layer of a received camera she wants: 0 low (phones), 1 medium, 2 high. */
export const MediaLayerSchema = SessionRef.extend({ subscriptionId: z.string().uuid(), layer: z.number().int().min(0).max(2) });
/** A moderator mutes someone's microphone (Janus stops forwarding it) or lifts it. */
export const MediaMuteSchema = SessionRef.extend({ userId: IdSchema, muted: z.boolean() });
/** A session setting for small groups: everyone may publish without being given the floor ("Alle dürfen sprechen"). */
export const MediaOpenFloorSchema = SessionRef.extend({ open: z.boolean() });

export type MediaPublish = z.infer<typeof MediaPublishSchema>;
export type MediaUnpublish = z.infer<typeof MediaUnpublishSchema>;
export type MediaSubscribe = z.infer<typeof MediaSubscribeSchema>;
export type MediaAnswer = z.infer<typeof MediaAnswerSchema>;
export type MediaUnsubscribe = z.infer<typeof MediaUnsubscribeSchema>;
export type MediaFloor = z.infer<typeof MediaFloorSchema>;
export type MediaMute = z.infer<typeof MediaMuteSchema>;
export type MediaLayer = z.infer<typeof MediaLayerSchema>;
export type MediaOpenFloor = z.infer<typeof MediaOpenFloorSchema>;

export interface SessionDescription {
  type: 'offer' | 'answer';
  sdp: string;
}

/** A feed someone publishes in the session's room. */
export interface LiveMediaPublisher {
  feed: number;
  userId: string;
  kind: MediaKind;
}

/** `media:info`: whether the room has audio and video, and what the browser needs for it. */
export interface LiveMediaInfo {
  available: boolean;
  /** STUN/TURN servers for RTCPeerConnection. */
  iceServers: { urls: string[]; username?: string; credential?: string }[];
  /** Whether she may publish now (moderators always; others with the floor, while the floor is open, or in a breakout room). */
  canPublish: boolean;
  /** Who holds the floor besides the moderators. */
  floor: string[];
  /** Everyone may publish in the main room (the session's open-floor setting). */
  openFloor: boolean;
  /** Whose microphone a moderator muted. */
  muted: string[];
  publishers: LiveMediaPublisher[];
}

type Handler<P, T extends object = object> = (payload: P, ack: (answer: SocketAck<T>) => void) => void;

export interface LiveMediaClientToServerEvents {
  'media:info': Handler<z.infer<typeof MediaInfoSchema>, { media: LiveMediaInfo }>;
  'media:publish': Handler<MediaPublish, { jsep: SessionDescription; feed: number }>;
  'media:unpublish': Handler<MediaUnpublish>;
  'media:subscribe': Handler<MediaSubscribe, { subscriptionId: string; jsep: SessionDescription }>;
  'media:answer': Handler<MediaAnswer>;
  'media:unsubscribe': Handler<MediaUnsubscribe>;
  'media:floor': Handler<MediaFloor>;
  'media:mute': Handler<MediaMute>;
  'media:layer': Handler<MediaLayer>;
  'media:open-floor': Handler<MediaOpenFloor>;
}

export interface LiveMediaServerToClientEvents {
  /** The room's published feeds changed (someone started or stopped camera or screen). */
  'media:publishers': (payload: { sessionId: string; publishers: LiveMediaPublisher[] }) => void;
  /** Who holds the floor changed. */
  'media:floor': (payload: { sessionId: string; userIds: string[]; openFloor: boolean }) => void;
  /** Whose microphone the moderators muted changed. */
  'media:muted': (payload: { sessionId: string; userIds: string[] }) => void;
  /** Someone started or stopped speaking (Janus' audio level of her camera's microphone). */
  'media:talking': (payload: { sessionId: string; userId: string; talking: boolean }) => void;
}
