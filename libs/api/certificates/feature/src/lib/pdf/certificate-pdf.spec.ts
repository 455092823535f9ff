import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toBuffer as qrPng } from 'qrcode';
import { newVerificationCode, parseVerificationCode, VERIFICATION_CODE_ALPHABET } from '../code/verification-code';
import { certificateFonts, certificateFontsDir, loadCertificateFonts } from './certificate-fonts';
import { CertificatePdfData, CertificatePdfRenderer, germanDate } from './certificate-pdf';

// Uses Debian's poppler-utils (pdftotext, pdfinfo) to read the PDFs back.

function certificate(overrides: Partial<CertificatePdfData> = {}): CertificatePdfData {
  return {
    holderName: 'Zoë Çelik',
    programTitle: 'Politisches Mentoring 2026',
    programStartsOn: '2026-03-02',
    programEndsOn: '2026-11-27',
    completed: {
      modules: ['Demokratie und Teilhabe', 'Kommunalpolitik verstehen', 'Reden und Verhandeln'],
      seminarHours: 24.5,
      tandemMeetings: 9,
    },
    issuer: {
      organisation: 'Stiftung Politische Bildung e. V.',
      signatories: [
        { name: 'Dr. Greta Øster', role: 'Programmleitung' },
        { name: 'Jonas Weiß', role: 'Geschäftsführung' },
      ],
    },
    issuedOn: '2026-11-27',
    verificationCode: newVerificationCode(),
    verifyUrl: 'https://ecampus.example.org/zertifikate/pruefen?code=7KQ2MX9PC4RTHW3NQ',
    ...overrides,
  };
}

describe('CertificatePdfRenderer', () => {
  const renderer = new CertificatePdfRenderer();
  let dir: string;

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'certificate-pdf-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function renderToFile(data: CertificatePdfData): Promise<string> {
    const file = join(dir, 'certificate.pdf');
    writeFileSync(file, await renderer.render(data));
    return file;
  }

  const text = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = (file: string) => execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  const field = (out: string, name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(out)?.[1];

  it.each(['Łukasz Őrs', 'Zoë Çelik', 'Đorđe Šćepanović', 'Ærøskøbing'])(
    'writes %s, the program title and the code as extractable text',
    async (holderName) => {
      const data = certificate({ holderName });
      const out = text(await renderToFile(data));
      expect(out).toContain(holderName);
      expect(out).toContain(data.programTitle);
      expect(out).toContain(data.verificationCode);
      expect(out).toContain('Teilnahmebescheinigung');
      expect(out).toContain('vom 2. März 2026 bis 27. November 2026');
      expect(out).toContain('24,5 Stunden Live-Seminare');
      expect(out).toContain('9 Tandemtreffen');
      expect(out).toContain('Kommunalpolitik verstehen');
      expect(out).toContain('Ausgestellt von Stiftung Politische Bildung e. V. am 27. November 2026');
      expect(out).toContain('Prüfen unter');
    },
  );

  it('is one A4 landscape page with title, author, language and creation date', async () => {
    const out = info(await renderToFile(certificate({ holderName: 'Łukasz Őrs' })));
    expect(field(out, 'Pages')).toBe('1');
    expect(field(out, 'Page size')).toMatch(/^841\.89 x 595\.28 pts/);
    expect(field(out, 'Title')).toBe('Teilnahmebescheinigung – Łukasz Őrs');
    expect(field(out, 'Author')).toBe('Stiftung Politische Bildung e. V.');
    expect(field(out, 'Subject')).toContain('Politisches Mentoring 2026');
    expect(field(out, 'Creator')).toBe('eCampus');
    expect(field(out, 'CreationDate')).toContain(String(new Date().getFullYear()));
    expect(field(out, 'Tagged')).toBe('yes');
    expect(field(out, 'PDF version')).toBe('1.7');
  });

  it('embeds its fonts (no unembedded standard font), declares German and PDF/A-3b', async () => {
    const pdf = await renderer.render(certificate());
    const file = join(dir, 'certificate.pdf');
    writeFileSync(file, pdf);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts).toHaveLength(2);
    for (const line of fonts) expect(line).toMatch(/\+DejaVuSans(-Bold)? +CID TrueType +Identity-H +yes +yes +yes/);
    expect(pdf.toString('latin1')).toContain('/Lang (de-DE)');
    const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });

  it('prints the canonical code and refuses an invalid one', async () => {
    const code = newVerificationCode();
    const out = text(await renderToFile(certificate({ verificationCode: code.replace(/-/g, ' ').toLowerCase() })));
    expect(out).toContain(code);
    const typo = (code[0] === '2' ? '3' : '2') + code.slice(1);
    await expect(renderer.render(certificate({ verificationCode: typo }))).rejects.toThrow('Invalid verification code (check)');
  });

  it('keeps a 200-character name, 15 long module titles and three signatories on one page', async () => {
    const words = 'Maximiliane Alexandra Konstanze Friederike von und zu Hohenzollern-Sigmaringen';
    const holderName = `${words} ${words} ${words}`.slice(0, 200);
    const modules = Array.from(
      { length: 15 },
      (_, i) => `Modul ${i + 1}: Grundlagen der parlamentarischen Arbeit in Kommunen, Ländern und im Bund`,
    );
    const signature = await qrPng('signature stand-in', { type: 'png' });
    const data = certificate({
      holderName,
      programTitle: `Politisches Mentoring für Nachwuchskräfte in Parteien, Verbänden und Initiativen `.repeat(3),
      completed: { modules, seminarHours: 1, tandemMeetings: 12 },
      issuer: {
        organisation: 'Stiftung Politische Bildung e. V.',
        logoPng: signature,
        signatories: ['Programmleitung', 'Geschäftsführung', 'Vorstand'].map((role, i) => ({
          name: `Person ${i + 1} mit einem sehr langen Doppelnamen-Nachnamen`,
          role,
          signaturePng: signature,
        })),
      },
    });
    const file = await renderToFile(data);
    expect(field(info(file), 'Pages')).toBe('1');
    const out = text(file);
    expect(out).toContain('1 Stunde Live-Seminare');
    expect(out).toContain('15 Module');
    // Every module is listed, cut short if need be.
    for (let i = 1; i <= 15; i++) expect(out).toContain(`Modul ${i}: Grundlagen`);
    expect(out).toContain(data.verificationCode);
  });

  it('renders certificates concurrently with the shared fonts', async () => {
    const names = ['Łukasz Őrs', 'Zoë Çelik', 'Đorđe Šćepanović', 'Ærøskøbing', 'Ἀλέξανδρος Παπαδόπουλος', 'Анна Иванова'];
    const pdfs = await Promise.all(names.map((holderName) => renderer.render(certificate({ holderName }))));
    pdfs.forEach((pdf, i) => {
      const file = join(dir, `certificate-${i}.pdf`);
      writeFileSync(file, pdf);
      expect(text(file)).toContain(names[i]);
    });
  });

  it('keeps the text layer of letters that an earlier certificate used as accent components', async () => {
    // Fresh fonts, so the order is this test's: "Ç" (C + cedilla) first, with no plain bold "C"
    // anywhere in that certificate (the code has none either), then a plain "C".
    const fresh = new CertificatePdfRenderer(loadCertificateFonts());
    const verificationCode = validCode('7KQ2MX9P2ARTHW3N');
    await fresh.render(certificate({ holderName: 'Çağla Çelik', verificationCode }));
    const file = join(dir, 'second.pdf');
    writeFileSync(file, await fresh.render(certificate({ holderName: 'Carl Conrad', verificationCode })));
    const out = text(file);
    expect(out).toContain('Carl Conrad');
    expect(out).toContain('Tandemtreffen'); // the "ff" ligature extracts as two letters
  });

  it('renders without modules, signatories or images', async () => {
    const data = certificate({
      completed: { modules: [], seminarHours: 0, tandemMeetings: 3 },
      issuer: { organisation: 'Verein', signatories: [] },
    });
    const out = text(await renderToFile(data));
    expect(out).toContain('3 Tandemtreffen');
    expect(out).not.toContain('Module');
  });
});

/** The valid code with these 16 data characters. */
function validCode(data: string): string {
  for (const c of VERIFICATION_CODE_ALPHABET) {
    const parsed = parseVerificationCode(data + c);
    if (parsed.ok) return parsed.code;
  }
  throw new Error(`no check character for ${data}`);
}

describe('germanDate', () => {
  it('writes the German long form', () => {
    expect(germanDate('2026-11-27')).toBe('27. November 2026');
    expect(germanDate('2026-03-01')).toBe('1. März 2026');
  });

  it('rejects what is not a calendar date', () => {
    for (const bad of ['2026-02-30', '27.11.2026', '2026-11-27T10:00:00Z', '']) {
      expect(() => germanDate(bad)).toThrow('Not an ISO date');
    }
  });
});

describe('certificate fonts', () => {
  it('are found next to the sources and read once per process', () => {
    expect(certificateFontsDir()).toMatch(/src[\\/]assets[\\/]fonts$/);
    expect(certificateFonts()).toBe(certificateFonts());
  });
});
