import { setLocaleSource, type AttendanceEntry } from '@ecampus/shared/contracts';
import { attachmentDisposition, attendanceCsv, attendanceFileName, attendanceRoleLabel, berlinDateTime, csvField } from './attendance-csv';

const entry = (over: Partial<AttendanceEntry>): AttendanceEntry => ({
  userId: 'u',
  displayName: 'Anna',
  role: 'mentee',
  minutesPresent: 0,
  firstJoinedAt: '2027-04-01T08:00:00.000Z',
  lastLeftAt: null,
  ...over,
});

describe('attendance CSV', () => {
  afterEach(() => setLocaleSource(() => 'de'));

  it('writes German Excel CSV: BOM, `;`, CRLF, German headers and labels, Berlin local times', () => {
    const csv = attendanceCsv([
      entry({
        displayName: 'Anna Mentorin',
        role: 'mentor',
        minutesPresent: 42,
        firstJoinedAt: '2027-04-01T07:58:00.000Z',
        lastLeftAt: '2027-04-01T08:45:30.000Z',
      }),
      // Still in the room: no last leave. Winter time (UTC+1).
      entry({ displayName: 'Tina Trainerin', role: 'trainer', minutesPresent: 61, firstJoinedAt: '2027-01-15T23:30:00.000Z' }),
      entry({ displayName: 'Ada Admin', role: 'admin', minutesPresent: 3 }),
      entry({ displayName: 'Ehemalige', role: null, minutesPresent: 0 }),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Name;Rolle;Minuten anwesend;Erster Beitritt;Zuletzt verlassen',
      'Anna Mentorin;Mentorin / Mentor;42;01.04.2027 09:58;01.04.2027 10:45',
      'Tina Trainerin;Trainerin / Referent;61;16.01.2027 00:30;',
      'Ada Admin;Administration;3;01.04.2027 10:00;',
      'Ehemalige;;0;01.04.2027 10:00;',
      '',
    ]);
  });

  it('neutralises formulas and quotes separators, quotes and line breaks', () => {
    expect(csvField('=HYPERLINK("x";"y")')).toBe(`"'=HYPERLINK(""x"";""y"")"`);
    expect(csvField('+49 30 123')).toBe("'+49 30 123");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('Müller; Sepp')).toBe('"Müller; Sepp"');
    expect(csvField('zwei\nZeilen')).toBe('"zwei\nZeilen"');
    expect(csvField('Anna')).toBe('Anna');
    const csv = attendanceCsv([entry({ displayName: '=1+1' })]);
    expect(csv).toContain("\r\n'=1+1;Mentee;0;");
  });

  it('speaks English on request (headers, labels), with the same date format', () => {
    setLocaleSource(() => 'en');
    const lines = attendanceCsv([entry({ role: 'coordinator', lastLeftAt: '2027-04-01T09:00:00.000Z' })])
      .slice(1)
      .split('\r\n');
    expect(lines[0]).toBe('Name;Role;Minutes present;First joined;Last left');
    expect(lines[1]).toBe('Anna;Coordinator;0;01.04.2027 10:00;01.04.2027 11:00');
    expect(attendanceFileName('Seminar')).toBe('attendance-Seminar.csv');
  });

  it('formats Berlin times across the change to summer time', () => {
    expect(berlinDateTime('2027-03-28T00:59:00Z')).toBe('28.03.2027 01:59');
    expect(berlinDateTime('2027-03-28T01:00:00Z')).toBe('28.03.2027 03:00');
    expect(berlinDateTime(new Date('2027-12-31T23:05:00Z'))).toBe('01.01.2028 00:05');
  });

  it('names the file after the session, without characters file systems refuse', () => {
    expect(attendanceFileName('Social Media im Wahlkreis')).toBe('anwesenheit-Social Media im Wahlkreis.csv');
    expect(attendanceFileName('Q&A: "Presse"/Medien?')).toBe('anwesenheit-Q&A Presse Medien.csv');
    expect(attendanceFileName('   ')).toBe('anwesenheit.csv');
    expect(attendanceFileName('x'.repeat(200))).toBe(`anwesenheit-${'x'.repeat(80)}.csv`);
    expect(attachmentDisposition('anwesenheit-Müller.csv')).toBe(
      `attachment; filename="anwesenheit-Muller.csv"; filename*=UTF-8''anwesenheit-M%C3%BCller.csv`,
    );
  });

  it('labels unknown roles by their name', () => {
    expect(attendanceRoleLabel('member')).toBe('member');
  });
});
