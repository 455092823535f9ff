import PDFDocument from 'pdfkit';
import { QRCodeToBufferOptions, toBuffer as qrPng } from 'qrcode';
import { parseVerificationCode } from '../code/verification-code';
import { certificateFonts, CertificateFonts, startDocument } from './certificate-fonts';

export interface CertificatePdfData {
  holderName: string;
  programTitle: string;
  /** ISO dates, `YYYY-MM-DD`. */
  programStartsOn: string;
  programEndsOn: string;
  completed: { modules: string[]; seminarHours: number; tandemMeetings: number };
  issuer: {
    organisation: string;
    /** `signaturePng`, `logoPng`: PNG or JPEG bytes (pdfkit embeds both), checked by certificate-image.ts. */
    signatories: { name: string; role: string; signaturePng?: Buffer }[];
    logoPng?: Buffer;
  };
  issuedOn: string;
  /** Canonical grouped form, see `newVerificationCode`. */
  verificationCode: string;
  /** The public verification page; encoded in the QR code. */
  verifyUrl: string;
}

type Doc = PDFKit.PDFDocument;
type Align = 'left' | 'center' | 'right';

// A4 landscape in points.
const PAGE_W = 841.89;
const PAGE_H = 595.28;
const MARGIN = 64;
const CONTENT_W = PAGE_W - 2 * MARGIN;
const CENTER_X = PAGE_W / 2;
/** Everything above flows from the top; the footer (issuer, signatures, QR) has a fixed place. */
const FOOTER_TOP = 440;
const QR_SIZE = 84;
const CHECK_BLOCK_W = 170;

/**
 * 4 px per module: every module stays a crisp block of whole pixels. Greyscale without alpha
 * (pngjs options, missing from @types/qrcode): pdfkit then embeds the PNG data as it is, while an
 * alpha channel (qrcode's default) makes it decode the image and add a soft mask, 10× slower.
 */
const GREYSCALE_PNG = { colorType: 0, inputHasAlpha: true, deflateLevel: 9 };
const QR_OPTIONS: QRCodeToBufferOptions = {
  type: 'png',
  errorCorrectionLevel: 'M',
  margin: 2,
  scale: 4,
  rendererOpts: GREYSCALE_PNG,
};

const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
const ACCENT = '#1f3a5f';
const TEXT = '#1a1a1a';
const MUTED = '#5a5a5a';

/** `size` is the preferred size; text that does not fit its box shrinks down to `min` pt. */
interface TextStyle {
  font: string;
  size: number;
  min: number;
  color: string;
  align: Align;
  characterSpacing?: number;
}

const STYLES = {
  organisation: { font: REGULAR, size: 10, min: 7, color: MUTED, align: 'center', characterSpacing: 1.5 },
  title: { font: BOLD, size: 32, min: 20, color: ACCENT, align: 'center', characterSpacing: 1 },
  sentence: { font: REGULAR, size: 12, min: 9, color: TEXT, align: 'center' },
  holder: { font: BOLD, size: 30, min: 10, color: ACCENT, align: 'center' },
  program: { font: BOLD, size: 18, min: 10, color: TEXT, align: 'center' },
  totals: { font: BOLD, size: 11, min: 8, color: TEXT, align: 'center' },
  module: { font: REGULAR, size: 11, min: 5, color: TEXT, align: 'left' },
  issued: { font: REGULAR, size: 10, min: 7, color: TEXT, align: 'left' },
  signatory: { font: BOLD, size: 10, min: 7, color: TEXT, align: 'left' },
  role: { font: REGULAR, size: 8, min: 6, color: MUTED, align: 'left' },
  label: { font: REGULAR, size: 8, min: 8, color: MUTED, align: 'right' },
  code: { font: BOLD, size: 11, min: 7, color: TEXT, align: 'right' },
  url: { font: REGULAR, size: 8, min: 5, color: MUTED, align: 'right' },
} satisfies Record<string, TextStyle>;

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** `2026-11-27` → `27. November 2026`; anything else is a programming error upstream. */
export function germanDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? match.slice(1).map(Number) : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  }
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}

const germanNumber = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/**
 * Renders a one-page certificate ("Teilnahmebescheinigung"). A plain class so it can become a Nest
 * provider; it takes the fonts once in the constructor (they are cached per process anyway).
 */
export class CertificatePdfRenderer {
  private readonly fonts: CertificateFonts;

  constructor(fonts: CertificateFonts = certificateFonts()) {
    this.fonts = fonts;
  }

  async render(input: CertificatePdfData): Promise<Buffer> {
    const data = normalised(input);
    const code = parseVerificationCode(data.verificationCode);
    // Never print a code that the verification page would reject.
    if (!code.ok) throw new Error(`Invalid verification code (${code.reason}): ${data.verificationCode}`);
    data.verificationCode = code.code;
    const qr = await qrPng(data.verifyUrl, QR_OPTIONS);
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      // We place everything ourselves; zero margins also keep pdfkit from starting a second page.
      margin: 0,
      // '' = no default font: pdfkit would otherwise add Helvetica, which is never embedded (PDF/A).
      font: '',
      // PDF/A-3b (archival: embedded fonts, sRGB output intent, XMP metadata) works with embedded
      // TrueType fonts. Not PDF/A-1: it forbids transparency, and signature PNGs usually have an
      // alpha channel. Not level "a": it asks for a complete logical structure, which the tags below
      // only approximate. Not checked with a PDF/A validator (veraPDF is not available here).
      pdfVersion: '1.7',
      subset: 'PDF/A-3b',
      tagged: true,
      lang: 'de-DE',
      displayTitle: true,
      info: {
        Title: `Teilnahmebescheinigung – ${data.holderName}`,
        Author: data.issuer.organisation,
        Subject: `Teilnahme am Programm „${data.programTitle}“ (${germanDate(data.programStartsOn)} bis ${germanDate(data.programEndsOn)})`,
        Creator: 'eCampus',
        CreationDate: new Date(),
      },
    });
    // From here to end() (which embeds the font subsets) nothing awaits: renders running at the same
    // time never interleave their use of the shared parsed fonts.
    startDocument(this.fonts);
    // pdfkit 0.20 accepts parsed fontkit fonts; @types/pdfkit (0.17) does not know that yet.
    doc.registerFont(REGULAR, this.fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
    doc.registerFont(BOLD, this.fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);
    const pdf = collect(doc);
    new CertificateLayout(doc, data, qr).drawPage();
    doc.end();
    return pdf;
  }
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** NFC, so a name typed with combining accents is drawn and extracted like the precomposed one. */
function normalised(data: CertificatePdfData): CertificatePdfData {
  const nfc = (s: string) => s.normalize('NFC').trim();
  return {
    ...data,
    holderName: nfc(data.holderName),
    programTitle: nfc(data.programTitle),
    completed: { ...data.completed, modules: data.completed.modules.map(nfc).filter(Boolean) },
    issuer: {
      ...data.issuer,
      organisation: nfc(data.issuer.organisation),
      signatories: data.issuer.signatories.map((s) => ({ ...s, name: nfc(s.name), role: nfc(s.role) })),
    },
  };
}

interface Box {
  x: number;
  y: number;
  width: number;
  /** Text shrinks (down to its style's `min`), then is cut with an ellipsis, to stay in this height. */
  height: number;
}

/** One certificate's drawing: a cursor `y` that flows down the page, and a tagged structure. */
class CertificateLayout {
  private y = 0;
  private readonly root: PDFKit.PDFStructureElement;

  constructor(
    private readonly doc: Doc,
    private readonly data: CertificatePdfData,
    private readonly qr: Buffer,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  drawPage(): void {
    this.frame();
    this.header();
    this.statement();
    this.completed(FOOTER_TOP - 14);
    this.issuerAndSignatures();
    this.check();
    this.root.end();
  }

  private frame(): void {
    const doc = this.doc;
    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .lineWidth(2)
      .strokeColor(ACCENT)
      .rect(18, 18, PAGE_W - 36, PAGE_H - 36)
      .stroke();
    doc
      .lineWidth(0.5)
      .rect(25, 25, PAGE_W - 50, PAGE_H - 50)
      .stroke();
    doc.endMarkedContent();
  }

  private header(): void {
    const { logoPng, organisation } = this.data.issuer;
    this.y = 44;
    if (logoPng) {
      this.tag('Figure', () => this.doc.image(logoPng, MARGIN, this.y, { fit: [CONTENT_W, 46], align: 'center' }), {
        alt: `Logo: ${organisation}`,
      });
      this.y += 54;
    }
    this.y += this.text('P', organisation.toUpperCase(), STYLES.organisation, this.row(16)) + 12;
    this.y += this.text('H1', 'Teilnahmebescheinigung', STYLES.title, this.row(44)) + 8;
    this.rule(CENTER_X - 40, CENTER_X + 40);
    this.y += 18;
  }

  private statement(): void {
    const { holderName, programTitle, programStartsOn, programEndsOn } = this.data;
    const period = `vom ${germanDate(programStartsOn)} bis ${germanDate(programEndsOn)} am Programm`;
    this.y += this.text('P', 'Hiermit wird bescheinigt, dass', STYLES.sentence, this.row(18)) + 6;
    // One line at 30 pt for usual names; long ones shrink and wrap (the box holds 3 lines at 13 pt).
    this.y += this.text('P', holderName, STYLES.holder, this.row(48)) + 8;
    this.y += this.text('P', period, STYLES.sentence, this.row(18)) + 6;
    this.y += this.text('P', programTitle, STYLES.program, this.row(42)) + 6;
    this.y += this.text('P', 'teilgenommen hat.', STYLES.sentence, this.row(18)) + 16;
  }

  /** The totals in one line, then the modules in up to three columns, in the space left. */
  private completed(bottom: number): void {
    const { modules, seminarHours, tandemMeetings } = this.data.completed;
    const totals = [
      seminarHours > 0 && `${germanNumber.format(seminarHours)} ${seminarHours === 1 ? 'Stunde' : 'Stunden'} Live-Seminare`,
      tandemMeetings > 0 && `${tandemMeetings} Tandemtreffen`,
      modules.length > 0 && `${modules.length} ${modules.length === 1 ? 'Modul' : 'Module'}`,
    ].filter((t): t is string => Boolean(t));
    if (totals.length > 0) {
      this.y += this.text('P', `Absolviert: ${totals.join('  ·  ')}`, STYLES.totals, this.row(16)) + 8;
    }
    if (modules.length > 0) this.moduleList(modules, bottom);
  }

  private moduleList(modules: string[], bottom: number): void {
    const doc = this.doc;
    const columns = modules.length <= 4 ? 1 : modules.length <= 10 ? 2 : 3;
    const gap = 24;
    const maxColumnW = columns === 1 ? 440 : (CONTENT_W - gap * (columns - 1)) / columns;
    const items = modules.map((m) => `•  ${m}`);
    const byColumn = chunk(items, Math.ceil(items.length / columns));

    // Whole titles, wrapped, as large as fits (11 to 7 pt). If that is still too tall, one line per
    // module, cut with an ellipsis, down to 5 pt: no module may go missing from the list.
    const { font, size: preferred, min } = STYLES.module;
    const oneLine = () => doc.heightOfString('X', { width: maxColumnW });
    const itemHeight = (item: string, wrap: boolean) => (wrap ? doc.heightOfString(item, { width: maxColumnW }) : oneLine());
    const fits = (size: number, wrap: boolean) => {
      doc.font(font).fontSize(size);
      const tallest = Math.max(...byColumn.map((col) => col.reduce((h, item) => h + itemHeight(item, wrap) + 2, 0)));
      return tallest <= bottom - this.y;
    };
    let wrap = true;
    let size = preferred;
    while (size > 7 && !fits(size, wrap)) size -= 0.5;
    if (!fits(size, wrap)) {
      wrap = false;
      while (size > min && !fits(size, wrap)) size -= 0.5;
    }

    doc.font(font).fontSize(size);
    // Columns as wide as their longest item, so a short list stays centred under the text above.
    const columnW = Math.min(maxColumnW, Math.max(...items.map((item) => doc.widthOfString(item))) + 1);
    const left = CENTER_X - (columns * columnW + (columns - 1) * gap) / 2;
    const list = doc.struct('L');
    this.root.add(list);
    byColumn.forEach((col, c) => {
      let y = this.y;
      for (const item of col) {
        const height = wrap ? bottom - y : Math.min(oneLine() + 0.5, bottom - y);
        const box = { x: left + c * (columnW + gap), y, width: columnW, height };
        list.add(
          doc.struct('LI', {}, () => {
            y += this.drawText(item, STYLES.module, size, box) + 2;
          }),
        );
      }
    });
    list.end();
  }

  /** Left: who issued it and when, then one column per signatory (signature, line, name, role). */
  private issuerAndSignatures(): void {
    const { organisation, signatories } = this.data.issuer;
    const width = CONTENT_W - CHECK_BLOCK_W - QR_SIZE - 30;
    const issued = `Ausgestellt von ${organisation} am ${germanDate(this.data.issuedOn)}`;
    this.text('P', issued, STYLES.issued, { x: MARGIN, y: FOOTER_TOP, width, height: 26 });

    if (signatories.length === 0) return;
    const gap = 20;
    const columnW = Math.min(200, (width - gap * (signatories.length - 1)) / signatories.length);
    const top = FOOTER_TOP + 26;
    signatories.forEach((s, i) => {
      const x = MARGIN + i * (columnW + gap);
      if (s.signaturePng) {
        const png = s.signaturePng;
        this.tag('Figure', () => this.doc.image(png, x, top, { fit: [columnW, 40], valign: 'bottom' }), {
          alt: `Unterschrift: ${s.name}`,
        });
      }
      this.doc.markContent('Artifact', { type: 'Layout' });
      this.doc
        .lineWidth(0.5)
        .strokeColor(MUTED)
        .moveTo(x, top + 44)
        .lineTo(x + columnW, top + 44)
        .stroke();
      this.doc.endMarkedContent();
      const name = this.text('P', s.name, STYLES.signatory, { x, y: top + 48, width: columnW, height: 24 });
      this.text('P', s.role, STYLES.role, { x, y: top + 50 + name, width: columnW, height: 20 });
    });
  }

  /** Right: the code in text, the link, and the QR code carrying that link. */
  private check(): void {
    const { verificationCode, verifyUrl } = this.data;
    const qrX = MARGIN + CONTENT_W - QR_SIZE;
    const top = FOOTER_TOP + 4;
    let y = top;
    const next = (text: string, style: TextStyle, height: number) => {
      y += this.text('P', text, style, { x: qrX - 10 - CHECK_BLOCK_W, y, width: CHECK_BLOCK_W, height }) + 2;
    };
    next('Prüfcode', STYLES.label, 11);
    next(verificationCode, STYLES.code, 15);
    next('Prüfen unter', STYLES.label, 11);
    next(verifyUrl, STYLES.url, top + QR_SIZE - y);
    this.tag('Figure', () => this.doc.image(this.qr, qrX, top, { width: QR_SIZE }), {
      alt: `QR-Code zur Prüfseite: ${verifyUrl}`,
    });
  }

  private row(height: number): Box {
    return { x: MARGIN, y: this.y, width: CONTENT_W, height };
  }

  private rule(x1: number, x2: number): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    this.doc.lineWidth(1).strokeColor(ACCENT).moveTo(x1, this.y).lineTo(x2, this.y).stroke();
    this.doc.endMarkedContent();
  }

  /** Draws tagged text fitted into `box` (see `fitSize`); returns the height used. */
  private text(type: string, text: string, style: TextStyle, box: Box): number {
    const size = this.fitSize(text, style, box);
    let used = 0;
    this.tag(type, () => (used = this.drawText(text, style, size, box)));
    return used;
  }

  private drawText(text: string, style: TextStyle, size: number, box: Box): number {
    const options = { width: box.width, characterSpacing: style.characterSpacing ?? 0 };
    this.doc.font(style.font).fontSize(size).fillColor(style.color);
    const height = Math.min(this.doc.heightOfString(text, options), box.height);
    this.doc.text(text, box.x, box.y, { ...options, height: box.height, ellipsis: true, align: style.align });
    return height;
  }

  /** The largest size from the style's down to its minimum (half points) at which `text` fits. */
  private fitSize(text: string, style: TextStyle, box: Box): number {
    const options = { width: box.width, characterSpacing: style.characterSpacing ?? 0 };
    this.doc.font(style.font);
    for (let size = style.size; size > style.min; size -= 0.5) {
      this.doc.fontSize(size);
      if (this.doc.heightOfString(text, options) <= box.height) return size;
    }
    return style.min;
  }

  private tag(type: string, draw: () => void, options: PDFKit.Mixins.StructureElementOptions = {}): void {
    this.root.add(this.doc.struct(type, options, draw));
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
