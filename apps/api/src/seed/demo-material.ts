import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/*
 * The demo's PDF material: a four-page handout for the first module, made at seed time (nothing
 * to ship, nothing to download). Several pages on purpose: the live classroom shows PDFs page by
 * page as slides.
 */

export const DEMO_MATERIAL_FILE_NAME = 'Redaktionsplan für die Facebook-Seite.pdf';

const PAGES: { heading: string; lines: string[] }[] = [
  {
    heading: 'Redaktionsplan für die eigene Facebook-Seite',
    lines: [
      'Handreichung zum Modul „Die eigene Facebook-Seite“',
      'Reverse-Mentoring-Programm · eCampus',
      '',
      'Ein Redaktionsplan hilft, regelmäßig zu veröffentlichen,',
      'ohne jeden Abend neu zu überlegen: Er legt Themen, Tage und',
      'Formate für einen Monat im Voraus fest.',
    ],
  },
  {
    heading: '1. Feste Tage, feste Formate',
    lines: [
      'Montag: Was steht diese Woche im Gemeinderat an?',
      'Mittwoch: Ein Foto aus dem Wahlkreis mit zwei, drei Sätzen.',
      'Freitag: Eine Frage an die Bürgerinnen und Bürger.',
      '',
      'Drei Beiträge pro Woche genügen. Wichtiger als viele Beiträge',
      'ist, dass Sie auf Kommentare innerhalb eines Tages antworten.',
    ],
  },
  {
    heading: '2. Vorlage für einen Monat',
    lines: [
      'Woche 1: Haushaltsberatung – was bedeutet sie für den Ort?',
      'Woche 2: Besuch im Jugendzentrum (Foto, Zitat, Frage).',
      'Woche 3: Sprechstunde im Bürgerbüro ankündigen.',
      'Woche 4: Rückblick: Was hat der Rat beschlossen?',
      '',
      'Tragen Sie jeden Beitrag mit Datum, Thema, Bild und Verantwortlicher',
      'in eine Tabelle ein – Ihre Mentorin sieht so, wo sie helfen kann.',
    ],
  },
  {
    heading: '3. Checkliste vor dem Veröffentlichen',
    lines: [
      '• Stimmt das Impressum, ist der Datenschutzhinweis verlinkt?',
      '• Sind alle Personen auf dem Foto einverstanden?',
      '• Ist der Text ohne Fachbegriffe verständlich?',
      '• Gibt es eine Frage oder Einladung zum Mitreden?',
      '• Wer antwortet am Wochenende auf Kommentare?',
    ],
  },
];

/** The handout as PDF bytes (A4, Helvetica: WinAnsi covers German text). */
export async function demoMaterialPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Redaktionsplan für die Facebook-Seite');
  pdf.setAuthor('eCampus Demo');
  pdf.setLanguage('de-DE');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  PAGES.forEach((content, index) => {
    const page = pdf.addPage([595.28, 841.89]);
    page.drawText(content.heading, { x: 56, y: 770, size: 20, font: bold, color: rgb(0.1, 0.2, 0.45) });
    content.lines.forEach((line, i) => page.drawText(line, { x: 56, y: 720 - i * 22, size: 13, font: regular }));
    page.drawText(`Seite ${index + 1} von ${PAGES.length}`, { x: 56, y: 40, size: 10, font: regular, color: rgb(0.35, 0.35, 0.35) });
  });
  return pdf.save();
}
