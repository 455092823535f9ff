import { localDateString } from '../common';
import { setLocaleSource, type Locale } from '../i18n';
import { ParticipantProfileSchema, PROFILE_LIMITS } from './profile';
import { CreateMeetingRequestSchema, MEETING_LIMITS } from './meeting';
import { programRoleLabel } from './member';
import { CreateProgramRequestSchema, PROGRAM_LIMITS } from './program';
import { ListProgramsQuerySchema } from './queries';
import { TANDEM_LIMITS, UpdateTandemRequestSchema } from './tandem';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

function inLocale<T>(locale: Locale, fn: () => T): T {
  setLocaleSource(() => locale);
  try {
    return fn();
  } finally {
    setLocaleSource(() => 'de');
  }
}

describe('programs contracts', () => {
  const badOrder = { title: 'X', mode: 'reverse', startsOn: '2027-03-01', endsOn: '2027-02-01', applicationDeadline: '2027-04-01' };

  it('names the field of a wrong date order, in German', () => {
    expect(issues(CreateProgramRequestSchema.safeParse(badOrder))).toEqual({
      endsOn: 'Das Programmende darf nicht vor dem Programmstart liegen',
      applicationDeadline: 'Der Bewerbungsschluss darf nicht nach dem Programmstart liegen',
    });
  });

  it('… and in English when that is the current locale (also in superRefine)', () => {
    expect(inLocale('en', () => issues(CreateProgramRequestSchema.safeParse(badOrder)))).toEqual({
      endsOn: 'The program cannot end before it starts',
      applicationDeadline: 'The application deadline cannot be after the program starts',
    });
    expect(inLocale('en', () => issues(UpdateTandemRequestSchema.safeParse({ status: 'ended' })))).toEqual({
      endReason: 'Please enter a reason for ending the tandem',
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
    expect(
      Object.keys(
        issues(ParticipantProfileSchema.safeParse({ ...base, postalCode: '1067', bundesland: 'Sachsen', channels: ['blog', 'blog'] })),
      ),
    ).toEqual(expect.arrayContaining(['postalCode', 'bundesland', 'channels']));
  });

  it('ending a tandem needs a reason; a reason needs the end', () => {
    expect(UpdateTandemRequestSchema.safeParse({ status: 'ended' }).success).toBe(false);
    expect(UpdateTandemRequestSchema.safeParse({ endReason: 'x' }).success).toBe(false);
    expect(UpdateTandemRequestSchema.safeParse({ status: 'ended', endReason: 'Umzug' }).success).toBe(true);
    expect(UpdateTandemRequestSchema.safeParse({}).success).toBe(false);
  });

  it('the limit constants are what the schemas check (clients use the constants)', () => {
    expect(CreateProgramRequestSchema.shape.title.maxLength).toBe(PROGRAM_LIMITS.title.max);
    expect(CreateProgramRequestSchema.shape.description.unwrap().maxLength).toBe(PROGRAM_LIMITS.description.max);
    expect(CreateMeetingRequestSchema.shape.durationMinutes.minValue).toBe(MEETING_LIMITS.durationMinutes.min);
    expect(CreateMeetingRequestSchema.shape.durationMinutes.maxValue).toBe(MEETING_LIMITS.durationMinutes.max);
    expect(CreateMeetingRequestSchema.shape.notes.unwrap().maxLength).toBe(MEETING_LIMITS.notes.max);
    expect(ParticipantProfileSchema.shape.municipality.unwrap().maxLength).toBe(PROFILE_LIMITS.municipality.max);
    expect(UpdateTandemRequestSchema.shape.goals.unwrap().maxLength).toBe(TANDEM_LIMITS.goals.max);
  });

  it('programs list: include=archived or nothing; anything else, or a repeated include, is refused', () => {
    expect(ListProgramsQuerySchema.parse({})).toEqual({});
    expect(ListProgramsQuerySchema.parse({ include: '' })).toEqual({});
    expect(ListProgramsQuerySchema.parse({ include: 'archived' })).toEqual({ include: 'archived' });
    expect(issues(ListProgramsQuerySchema.safeParse({ include: 'deleted' }))).toEqual({ include: 'Erlaubt ist nur include=archived' });
    expect(ListProgramsQuerySchema.safeParse({ include: ['archived', 'archived'] }).success).toBe(false);
  });

  it('names roles in the current locale', () => {
    expect(programRoleLabel('coordinator')).toBe('Programmleitung');
    expect(inLocale('en', () => programRoleLabel('coordinator'))).toBe('Coordinator');
  });
});
