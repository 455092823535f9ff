import type { LiveSession } from '@ecampus/shared/contracts';

/*
 * A contract-typed session for this library's specs (a ui library may not use data-access's
 * fixtures): scheduled, 1 March 2027 18:00 UTC, 90 minutes, as a participant sees it.
 */

const addMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

export function aLiveSession(overrides: Partial<LiveSession> = {}): LiveSession {
  const id = overrides.id ?? 's1';
  const startsAt = overrides.startsAt ?? '2027-03-01T18:00:00.000Z';
  const durationMinutes = overrides.durationMinutes ?? 90;
  return {
    id,
    programId: 'p1',
    title: `Live-Seminar ${id}`,
    description: '',
    startsAt,
    durationMinutes,
    endsAt: addMinutes(startsAt, durationMinutes),
    joinableFrom: addMinutes(startsAt, -15),
    moduleId: null,
    moduleTitle: null,
    trainers: [{ userId: 'u-trainer', displayName: 'Tanja Trainer' }],
    status: 'scheduled',
    startedAt: null,
    endedAt: null,
    canModerate: false,
    createdAt: '2027-02-01T10:00:00.000Z',
    ...overrides,
  };
}
