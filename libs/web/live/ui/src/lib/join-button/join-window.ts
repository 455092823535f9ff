import type { LiveSession } from '@ecampus/shared/contracts';

/**
 * Whether the join button is open, the same rule as the API's `mayEnterRoom`: never once ended;
 * moderators always before that (they prepare the room); participants while live, or from
 * `joinableFrom` (15 minutes before the start) on.
 *
 * - `open`: the button leads into the room;
 * - `early`: not yet — it opens at `joinableFrom`;
 * - `ended`: the session is over.
 */
export type JoinState = 'open' | 'early' | 'ended';

export function joinState(session: Pick<LiveSession, 'status' | 'canModerate' | 'joinableFrom'>, now: number): JoinState {
  if (session.status === 'ended') return 'ended';
  if (session.canModerate || session.status === 'live') return 'open';
  return now >= Date.parse(session.joinableFrom) ? 'open' : 'early';
}
