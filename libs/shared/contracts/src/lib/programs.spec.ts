import {
  CreateMeetingRequestSchema,
  CreateProgramRequestSchema,
  DateOnlySchema,
  ParticipantProfileSchema,
  UpdateTandemRequestSchema,
  localDateString,
} from './programs';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('programs contracts', () => {
  it('accepts only real calendar dates in YYYY-MM-DD', () => {
    expect(DateOnlySchema.safeParse('2028-02-29').success).toBe(true);
    expect(DateOnlySchema.safeParse('2027-02-29').success).toBe(false);
    expect(DateOnlySchema.safeParse('01.03.2027').success).toBe(false);
    // Year 0 does not exist in PostgreSQL; it used to reach the database and answer 500.
    expect(DateOnlySchema.safeParse('0000-01-01').success).toBe(false);
    expect(DateOnlySchema.safeParse('1899-12-31').success).toBe(false);
    expect(DateOnlySchema.safeParse('3000-01-01').success).toBe(false);
  });

  it('names the field of a wrong date order, in German', () => {
    const r = CreateProgramRequestSchema.safeParse({ title: 'X', mode: 'reverse', startsOn: '2027-03-01', endsOn: '2027-02-01', applicationDeadline: '2027-04-01' });
    expect(issues(r)).toEqual({
      endsOn: 'Das Programmende darf nicht vor dem Programmstart liegen',
      applicationDeadline: 'Der Bewerbungsschluss darf nicht nach dem Programmstart liegen',
    });
  });

  it('meetings: not after tomorrow, 1–1440 whole minutes, notes ≤ 5000', () => {
    const ok = { date: localDateString(1), format: 'online', durationMinutes: 1440 };
    expect(CreateMeetingRequestSchema.safeParse(ok).success).toBe(true);
    expect(issues(CreateMeetingRequestSchema.safeParse({ ...ok, date: localDateString(2) }))['date']).toMatch(/Zukunft/);
    expect(CreateMeetingRequestSchema.safeParse({ ...ok, durationMinutes: 0 }).success).toBe(false);
    expect(CreateMeetingRequestSchema.safeParse({ ...ok, durationMinutes: 2.5 }).success).toBe(false);
    expect(CreateMeetingRequestSchema.safeParse({ ...ok, notes: 'x'.repeat(5001) }).success).toBe(false);
  });

  it('profile: five-digit postal code, known Bundesland and channels, each once', () => {
    const base = { municipality: null, bundesland: 'SN', postalCode: '01067', office: 'Stadtrat', channels: ['blog'] };
    expect(ParticipantProfileSchema.safeParse(base).success).toBe(true);
    expect(Object.keys(issues(ParticipantProfileSchema.safeParse({ ...base, postalCode: '1067', bundesland: 'Sachsen', channels: ['blog', 'blog'] })))).toEqual(
      expect.arrayContaining(['postalCode', 'bundesland', 'channels']),
    );
  });

  it('ending a tandem needs a reason; a reason needs the end', () => {
    expect(UpdateTandemRequestSchema.safeParse({ status: 'ended' }).success).toBe(false);
    expect(UpdateTandemRequestSchema.safeParse({ endReason: 'x' }).success).toBe(false);
    expect(UpdateTandemRequestSchema.safeParse({ status: 'ended', endReason: 'Umzug' }).success).toBe(true);
    expect(UpdateTandemRequestSchema.safeParse({}).success).toBe(false);
  });
});
