import {
  attendanceRole,
  attended,
  mergedStays,
  minutesLive,
  presenceOf,
  stayEnd,
  type AttendanceStay,
  type LivePeriod,
} from './attendance.rules';

/** 10:00 UTC plus `m` minutes and `s` seconds: the controllable clock of every case. */
const at = (m: number, s = 0) => new Date(Date.UTC(2027, 3, 1, 10, 0, 0) + m * 60_000 + s * 1000);
/** A stay; its last heartbeat defaults to when it ended (a closed stay) or began. */
const stay = (joinedAt: Date, leftAt: Date | null, lastSeenAt: Date = leftAt ?? joinedAt): AttendanceStay => ({
  joinedAt,
  leftAt,
  lastSeenAt,
});
/** A session live from 10:00 to 11:00. */
const HOUR: LivePeriod = { startedAt: at(0), endedAt: at(60) };
const AFTER = at(120);

describe('presenceOf', () => {
  it('counts one join and leave in whole minutes, with first join and last leave', () => {
    const p = presenceOf([stay(at(5), at(35, 59))], HOUR, AFTER);
    expect(p).toEqual({ secondsPresent: 30 * 60 + 59, minutesPresent: 30, firstJoinedAt: at(5), lastLeftAt: at(35, 59) });
  });

  it('has nothing without stays', () => {
    expect(presenceOf([], HOUR, AFTER)).toEqual({ secondsPresent: 0, minutesPresent: 0, firstJoinedAt: null, lastLeftAt: null });
  });

  it('bridges a reconnect within the grace period (the gap counts as present)', () => {
    // 90 s away (a reload, a lost network), then back.
    const p = presenceOf([stay(at(0), at(20)), stay(at(21, 30), at(40))], HOUR, AFTER);
    expect(p.minutesPresent).toBe(40);
    expect(p.lastLeftAt).toEqual(at(40));
  });

  it('bridges a gap of exactly the grace period, not a second more', () => {
    expect(presenceOf([stay(at(0), at(20)), stay(at(22), at(40))], HOUR, AFTER).minutesPresent).toBe(40);
    expect(presenceOf([stay(at(0), at(20)), stay(at(22, 1), at(40))], HOUR, AFTER).secondsPresent).toBe(40 * 60 - 121);
  });

  it('does not bridge a reconnect after the grace period: the gap is absence', () => {
    const p = presenceOf([stay(at(0), at(20)), stay(at(25), at(40))], HOUR, AFTER);
    expect(p.minutesPresent).toBe(35);
    expect(p.firstJoinedAt).toEqual(at(0));
    expect(p.lastLeftAt).toEqual(at(40));
  });

  it('counts two overlapping tabs once', () => {
    const p = presenceOf([stay(at(10), at(30)), stay(at(15), at(50)), stay(at(20), at(25))], HOUR, AFTER);
    expect(p.minutesPresent).toBe(40);
    expect(p.lastLeftAt).toEqual(at(50));
  });

  it('does not count the waiting room before the start, nor time after the end', () => {
    const p = presenceOf([stay(at(-14), at(10)), stay(at(50), at(75))], HOUR, AFTER);
    expect(p.minutesPresent).toBe(20);
    // The first join is when she entered the room, waiting included.
    expect(p.firstJoinedAt).toEqual(at(-14));
    expect(p.lastLeftAt).toEqual(at(75));
  });

  it('counts a session that was never started as 0, but keeps the joins', () => {
    const p = presenceOf([stay(at(-10), at(30))], { startedAt: null, endedAt: null }, AFTER);
    expect(p.minutesPresent).toBe(0);
    expect(p.secondsPresent).toBe(0);
    expect(p.firstJoinedAt).toEqual(at(-10));
  });

  it('ends a stay left open by a dead process at its last heartbeat', () => {
    // Heartbeats until 10:25, then the process died (no leave written); the session ended at 11:00.
    const p = presenceOf([stay(at(5), null, at(25))], HOUR, AFTER);
    expect(p.minutesPresent).toBe(20);
    expect(p.lastLeftAt).toEqual(at(25));
  });

  it('counts an open stay with a recent heartbeat up to now while the session is live: she is present', () => {
    const live: LivePeriod = { startedAt: at(0), endedAt: null };
    const p = presenceOf([stay(at(5), null, at(29, 30))], live, at(30));
    expect(p).toEqual({ secondsPresent: 25 * 60, minutesPresent: 25, firstJoinedAt: at(5), lastLeftAt: null });
    // 60 s without a heartbeat is still alive, 61 s is a dead process.
    expect(presenceOf([stay(at(5), null, at(29))], live, at(30)).lastLeftAt).toBeNull();
    const dead = presenceOf([stay(at(5), null, at(29))], live, at(30, 1));
    expect(dead.lastLeftAt).toEqual(at(29));
    expect(dead.minutesPresent).toBe(24);
  });

  it('moves a dead process’ socket to another: the reconnect within grace merges with the last heartbeat', () => {
    const p = presenceOf([stay(at(0), null, at(30)), stay(at(31), at(45))], HOUR, AFTER);
    expect(p.minutesPresent).toBe(45);
    expect(p.lastLeftAt).toEqual(at(45));
  });

  it('is still present with one tab open after closing the other', () => {
    const live: LivePeriod = { startedAt: at(0), endedAt: null };
    const p = presenceOf([stay(at(0), at(10)), stay(at(2), null, at(20))], live, at(20, 10));
    expect(p.lastLeftAt).toBeNull();
    expect(p.minutesPresent).toBe(20);
  });

  it('clips a live session to now', () => {
    const live: LivePeriod = { startedAt: at(0), endedAt: null };
    expect(presenceOf([stay(at(-5), at(12))], live, at(15)).minutesPresent).toBe(12);
  });
});

describe('mergedStays and stayEnd', () => {
  it('sorts stays and merges the ones that touch or overlap', () => {
    expect(mergedStays([stay(at(30), at(40)), stay(at(0), at(10)), stay(at(11), at(12))], AFTER)).toEqual([
      [at(0).getTime(), at(12).getTime()],
      [at(30).getTime(), at(40).getTime()],
    ]);
  });

  it('never lets a heartbeat before the join make a negative stay', () => {
    expect(mergedStays([stay(at(10), null, at(10))], at(100))).toEqual([[at(10).getTime(), at(10).getTime()]]);
  });

  it('ends an open stay at now while alive, at its heartbeat once dead', () => {
    expect(stayEnd(stay(at(0), null, at(10)), at(10, 30))).toEqual(at(10, 30));
    expect(stayEnd(stay(at(0), null, at(10)), at(12))).toEqual(at(10));
    expect(stayEnd(stay(at(0), at(5), at(5)), at(6))).toEqual(at(5));
  });
});

describe('minutesLive and attended', () => {
  it('counts the whole minutes a session was live', () => {
    expect(minutesLive(HOUR, AFTER)).toBe(60);
    expect(minutesLive({ startedAt: at(0), endedAt: at(44, 59) }, AFTER)).toBe(44);
    expect(minutesLive({ startedAt: null, endedAt: null }, AFTER)).toBe(0);
    expect(minutesLive({ startedAt: at(0), endedAt: null }, at(10))).toBe(10);
  });

  it('needs at least ratio × minutes held, and being there at all', () => {
    expect(attended({ secondsPresent: 1800, minutesPresent: 30 }, 60, 0.5)).toBe(true);
    expect(attended({ secondsPresent: 1799, minutesPresent: 29 }, 60, 0.5)).toBe(false);
    expect(attended({ secondsPresent: 180, minutesPresent: 3 }, 10, 0.3)).toBe(true);
    expect(attended({ secondsPresent: 0, minutesPresent: 0 }, 60, 0)).toBe(false);
    expect(attended({ secondsPresent: 5, minutesPresent: 0 }, 60, 0)).toBe(true);
    expect(attended({ secondsPresent: 3600, minutesPresent: 60 }, 60, 1)).toBe(true);
  });
});

describe('attendanceRole', () => {
  it('shows the weightiest program role, admin for admins who are no members, else none', () => {
    expect(attendanceRole(['mentee', 'trainer'], false)).toBe('trainer');
    expect(attendanceRole(['mentor'], true)).toBe('mentor');
    expect(attendanceRole([], true)).toBe('admin');
    expect(attendanceRole([], false)).toBeNull();
  });
});
