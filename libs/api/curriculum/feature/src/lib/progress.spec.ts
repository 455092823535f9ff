import { setLocaleSource, type ProgressMatrix } from '@ecampus/shared/contracts';
import { attachmentDisposition, csvField, progressCsv, progressFileName } from './progress-csv';
import { toProgressMatrix } from './progress.service';
import type { ProgressModuleRow, ProgressPersonRow } from '@ecampus/api/curriculum/progress';

const MODULES: ProgressModuleRow[] = [
  { id: 'm1', title: 'Grundlagen', position: 1, lessonCount: 2, assignmentCount: 0 },
  { id: 'm2', title: 'Stories', position: 3, lessonCount: 1, assignmentCount: 1 },
  { id: 'm3', title: 'Leer', position: 4, lessonCount: 0, assignmentCount: 0 },
];
const person = (
  userId: string,
  role: 'mentor' | 'mentee',
  tandemId: string | null,
  lessons: number[],
  approved: number[],
): ProgressPersonRow => ({
  userId,
  displayName: userId.toUpperCase(),
  role,
  tandemId,
  lessons,
  approved,
});

describe('toProgressMatrix', () => {
  it('applies the completion rule per cell and counts modules completed by both partners', () => {
    const matrix = toProgressMatrix('p', MODULES, [
      person('anna', 'mentor', 't1', [2, 1, 0], [0, 1, 0]),
      person('berta', 'mentee', 't1', [1, 1, 0], [0, 1, 0]),
      person('carla', 'mentor', 't2', [2, 1, 0], [0, 0, 0]),
      person('emma', 'mentee', null, [2, 1, 0], [0, 0, 0]),
    ]);
    expect(matrix.modules.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect(matrix.rows.map((r) => [r.userId, r.cells.map((c) => c.completed), r.modulesCompleted])).toEqual([
      ['anna', [true, true, false], 2],
      ['berta', [false, true, false], 1],
      ['carla', [true, false, false], 1],
      ['emma', [true, false, false], 1],
    ]);
    // Tandem t2 has only one partner among the rows: not listed.
    expect(matrix.tandems).toEqual([
      {
        tandemId: 't1',
        mentor: { userId: 'anna', displayName: 'ANNA' },
        mentee: { userId: 'berta', displayName: 'BERTA' },
        modulesCompletedByBoth: 1,
      },
    ]);
  });

  it('answers the columns and no cells for a program without published modules', () => {
    const matrix = toProgressMatrix('p', [], [person('anna', 'mentor', null, [], [])]);
    expect(matrix.rows[0]).toMatchObject({ cells: [], modulesCompleted: 0 });
  });
});

describe('progress CSV', () => {
  afterEach(() => setLocaleSource(() => 'de'));

  it.each([
    ['Anna', 'Anna'],
    ['=1+2', "'=1+2"],
    ['+49 30 123', "'+49 30 123"],
    ['-Minus', "'-Minus"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['a;b', '"a;b"'],
    ['Er sagt "hallo"', '"Er sagt ""hallo"""'],
    ['zwei\nZeilen', '"zwei\nZeilen"'],
    ['=HYPERLINK("x";"y")', `"'=HYPERLINK(""x"";""y"")"`],
    ['Mitte=Formel', 'Mitte=Formel'],
  ])('field %j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes BOM, header, one line per person and the modules completed', () => {
    const matrix: ProgressMatrix = toProgressMatrix('p', MODULES, [
      person('anna', 'mentor', 't1', [2, 0, 0], [0, 0, 0]),
      person('berta', 'mentee', 't1', [1, 1, 0], [0, 1, 0]),
    ]);
    expect(progressCsv(matrix)).toBe(
      '\uFEFFName;Rolle;Tandem;Grundlagen;Stories;Leer;Module abgeschlossen\r\n' +
        'ANNA;Mentorin / Mentor;ANNA & BERTA;abgeschlossen;0/1 · 0/1;0/0 · 0/0;1\r\n' +
        'BERTA;Mentee;ANNA & BERTA;1/2 · 0/0;abgeschlossen;0/0 · 0/0;1\r\n',
    );
    setLocaleSource(() => 'en');
    expect(progressCsv(matrix).split('\r\n')[0]).toBe('\uFEFFName;Role;Tandem;Grundlagen;Stories;Leer;Modules completed');
  });

  it('names the file after the program and the day, safely in both forms of Content-Disposition', () => {
    const name = progressFileName('Digital vor Ort: Köln/Bonn "2027"', '2027-03-01');
    expect(name).toBe('Fortschritt Digital vor Ort Köln Bonn 2027 2027-03-01.csv');
    expect(attachmentDisposition(name)).toBe(
      `attachment; filename="Fortschritt Digital vor Ort Koln Bonn 2027 2027-03-01.csv"; filename*=UTF-8''Fortschritt%20Digital%20vor%20Ort%20K%C3%B6ln%20Bonn%202027%202027-03-01.csv`,
    );
    expect(attachmentDisposition("a'b(c)*.csv")).toBe(`attachment; filename="a'b(c)*.csv"; filename*=UTF-8''a%27b%28c%29%2A.csv`);
    expect(attachmentDisposition('Ω\\%.csv')).toContain('filename="___.csv"');
  });
});
