import { checkFileName, uploadExtensionOf } from './file-name';

describe('checkFileName', () => {
  it.each([
    ['Redaktionsplan.pdf', 'Redaktionsplan.pdf'],
    ['  Übersicht Juni.docx ', 'Übersicht Juni.docx'],
    // macOS sends decomposed umlauts (u + U+0308): kept as NFC.
    ['U\u0308bersicht.pdf', 'Übersicht.pdf'],
    ['Präsentation (final) – v2.pptx', 'Präsentation (final) – v2.pptx'],
    ['ohne-endung', 'ohne-endung'],
    ['😀 Bild.png', '😀 Bild.png'],
    ['a'.repeat(196) + '.pdf', 'a'.repeat(196) + '.pdf'],
  ])('keeps %p as %p', (raw, kept) => {
    expect(checkFileName(raw)).toEqual({ ok: true, fileName: kept });
  });

  it.each([
    ['path traversal', '../../etc/passwd.pdf'],
    ['a Windows path', '..\\..\\boot.ini.pdf'],
    ['a directory', 'ordner/datei.pdf'],
    ['an absolute path', '/etc/passwd.pdf'],
    ['a backslash', 'C:\\Users\\x.pdf'],
    ['two dots', 'bericht..pdf'],
    ['NUL', 'datei\u0000.pdf'],
    ['a newline (header injection)', 'datei\r\nX-Evil: 1.pdf'],
    ['a tab', 'da\ttei.pdf'],
    ['DEL', 'datei\u007f.pdf'],
    ['a C1 control', 'datei\u0085.pdf'],
    ['a right-to-left override', 'rechnung\u202Efdp.exe'],
    ['a left-to-right embedding', 'a\u202Ab.pdf'],
    ['a first-strong isolate', 'a\u2068b.pdf'],
    ['a pop directional isolate', 'a\u2069b.pdf'],
    ['nothing', ''],
    ['only spaces', '   '],
    ['only an extension', '.pdf'],
    ['spaces and an extension', '   .pdf'],
    ['more than 200 characters', 'a'.repeat(197) + '.pdf'],
    ['no name at all', undefined],
  ])('refuses %s', (_case, raw) => {
    expect(checkFileName(raw)).toEqual({ ok: false });
  });
});

describe('uploadExtensionOf', () => {
  it.each([
    ['a.pdf', 'pdf'],
    ['A.PDF', 'pdf'],
    ['foto.JPeG', 'jpeg'],
    ['x.tar.docx', 'docx'],
    ['tabelle.xlsx', 'xlsx'],
    ['bild.webp', 'webp'],
  ])('%p → %p', (name, ext) => expect(uploadExtensionOf(name)).toBe(ext));

  it.each([
    'programm.exe',
    'seite.html',
    'bild.svg',
    'makro.docm',
    'ohne',
    'punkt.',
    'x.pdf.exe',
    'constructor',
    'a.toString',
    'a.__proto__',
  ])('refuses %p', (name) => expect(uploadExtensionOf(name)).toBeNull());
});
