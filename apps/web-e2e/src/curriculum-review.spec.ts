import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expectAccessible } from './support/accessibility';
import { openDialog } from './support/dialog';
import { openModules, openProgramTab } from './support/curriculum';
import { choose, DEMO_PASSWORD, expectNoSidewaysScrolling, pageOnAnotherDevice, signIn } from './support/sign-in';

/**
 * Issue 8, second slice: a trainer writes a module with a lesson, a PDF material and an
 * assignment and publishes it; the mentee completes the lesson and hands in; her mentor sees the
 * hand-in; the trainer (through the review queue) asks for changes; the mentee hands in again; the
 * trainer approves; both partners' progress shows the module done. Demo accounts from `seed:demo`:
 * Gisela Brandt (mentee) and Lena Hoffmann (her mentor) are the first demo tandem.
 */
const TRAINER = process.env['E2E_TRAINER_EMAIL'] ?? 'training@ecampus.example';
const MENTEE = process.env['E2E_MENTEE_EMAIL'] ?? 'gisela.brandt@ecampus.example';
const MENTOR = process.env['E2E_MENTOR_EMAIL'] ?? 'lena.hoffmann@ecampus.example';

// Unique per run, so the spec also works against a server that already ran it.
const run = Date.now().toString(36);
const moduleTitle = `Bürgersprechstunde online ${run}`;
const assignmentTitle = 'Eine Sprechstunde ankündigen';
const materialName = 'Leitfaden Sprechstunde.pdf';

/** A three-page PDF made here (the API counts its pages). */
async function handout(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const heading of ['Vorbereitung', 'Ablauf', 'Nachbereitung']) pdf.addPage().drawText(heading, { x: 50, y: 700, size: 24, font });
  return Buffer.from(await pdf.save());
}

async function openModule(page: Page, who: string): Promise<void> {
  await openModules(page, who);
  await page.locator(`[data-testid="module-item"][data-title="${moduleTitle}"]`).getByTestId('module-open').click();
  await expect(page.getByTestId('module-title')).toHaveText(moduleTitle);
}

async function openAssignment(page: Page, who: string): Promise<void> {
  await openModule(page, who);
  await page.getByTestId('assignment-link').filter({ hasText: assignmentTitle }).click();
  await expect(page.getByTestId('assignment-heading')).toHaveText(assignmentTitle);
  await expectAccessible(page, `Aufgabe (${who})`);
}

/** The trainer's page also works on a phone: checked at 360 px, then back to the desktop size. */
async function onPhone(page: Page, where: string, check?: () => Promise<void>): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page, `${where}, 360 px`);
  await check?.();
  if (size) await page.setViewportSize(size);
}

/** The trainer's review of the tandem's latest version, from the assignment page. */
async function review(page: Page, decision: 'changes' | 'approve', feedback: string): Promise<void> {
  const card = page.getByTestId('submission-card').filter({ hasText: 'Gisela Brandt' });
  await card.getByTestId(`review-decision-${decision}`).click();
  await card.getByTestId('review-feedback').fill(feedback);
  await expectAccessible(page, `Prüfung (${decision})`);
  await card.getByTestId('review-submit').click();
  await expect(card.getByTestId('review-result')).toBeVisible();
}

test('Training stellt Material und Aufgabe bereit, das Tandem gibt ab, überarbeitet nach Rückmeldung und schließt das Modul ab', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);

  // The trainer creates the module with a lesson …
  await signIn(page, TRAINER, DEMO_PASSWORD);
  await openModules(page, 'Training');
  const dialog = await openDialog(page, page.getByTestId('modules-create'));
  await dialog.getByTestId('create-module-title').fill(moduleTitle);
  await dialog.getByTestId('create-module-summary').fill('Digitale Sprechstunden vorbereiten, ankündigen und durchführen.');
  await dialog.getByTestId('create-module-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('module-title')).toHaveText(moduleTitle);
  const moduleUrl = page.url();
  await page.getByTestId('lesson-create').click();
  await page.getByTestId('lesson-form-title').fill('Warum eine Sprechstunde online?');
  await page.getByTestId('lesson-form-body').fill('## Nah dran\n\nOnline erreichen Sie Menschen, die abends nicht ins Rathaus kommen.');
  await page.getByTestId('lesson-form-submit').click();
  await expect(page.getByTestId('lesson-title')).toHaveText('Warum eine Sprechstunde online?');
  await page.getByTestId('lesson-back').click();

  // … uploads a PDF handout (its pages are counted) …
  await page
    .getByTestId('material-upload-input')
    .setInputFiles({ name: materialName, mimeType: 'application/pdf', buffer: await handout() });
  const material = page.locator(`[data-testid="material-item"][data-name="${materialName}"]`);
  await expect(material).toBeVisible();
  await expect(material).toContainText('3 Seiten');
  await expectAccessible(page, 'Modul mit Material');
  await onPhone(page, 'Modul mit Material (Training)');

  // … writes an assignment (with the Markdown preview) …
  await page.getByTestId('assignment-create').click();
  await page.getByTestId('assignment-title').fill(assignmentTitle);
  await page
    .getByTestId('assignment-instructions')
    .fill('Schreiben Sie **gemeinsam** einen Beitrag, der Ihre nächste Sprechstunde ankündigt.');
  await expect(page.getByTestId('assignment-preview-html').locator('strong')).toHaveText('gemeinsam');
  await expectAccessible(page, 'Aufgabeneditor');
  await page.getByTestId('assignment-save').click();
  await expect(page.getByTestId('assignment-heading')).toHaveText(assignmentTitle);
  await expect(page.getByTestId('assignment-instructions-html').locator('strong')).toHaveText('gemeinsam');

  // … and publishes the module.
  await page.goto(moduleUrl);
  await expect(page.getByTestId('assignment-item')).toHaveCount(1);
  await page.getByTestId('module-publish').click();
  const confirm = page.getByRole('dialog');
  await confirm.getByTestId('module-publish-confirm').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('module-status')).toHaveText('Veröffentlicht');

  // The mentee, on a phone, downloads the handout, completes the lesson and hands in.
  const mentee = await pageOnAnotherDevice(browser, baseURL);
  await mentee.setViewportSize({ width: 360, height: 740 });
  await signIn(mentee, MENTEE, DEMO_PASSWORD);
  await openModule(mentee, 'Mentee');
  const download = mentee.waitForEvent('download');
  await mentee.locator(`[data-testid="material-item"][data-name="${materialName}"]`).getByTestId('file-download').click();
  expect((await download).suggestedFilename()).toBe(materialName);
  await mentee.getByTestId('lesson-open').click();
  await mentee.getByTestId('lesson-complete').click();
  await expect(mentee.getByTestId('lesson-uncomplete')).toBeVisible();
  await mentee.getByTestId('lesson-back').click();
  await mentee.getByTestId('assignment-link').filter({ hasText: assignmentTitle }).click();
  await expect(mentee.getByTestId('assignment-heading')).toHaveText(assignmentTitle);
  await expectAccessible(mentee, 'Aufgabe (Mentee, offen)');
  await expectNoSidewaysScrolling(mentee);
  await mentee.getByTestId('submission-text').fill('Sprechstunde am Donnerstag, 18 Uhr, live auf meiner Seite.');
  await mentee.getByTestId('submission-submit').click();
  await expect(mentee.getByTestId('submission-status')).toHaveText('Eingereicht');
  await expect(mentee.getByTestId('submission-thread')).toContainText('Sprechstunde am Donnerstag');

  // Her mentor sees the hand-in and completes the lesson herself.
  const mentor = await pageOnAnotherDevice(browser, baseURL);
  await signIn(mentor, MENTOR, DEMO_PASSWORD);
  await openAssignment(mentor, 'Mentorin');
  await expect(mentor.getByTestId('submission-thread')).toContainText('Sprechstunde am Donnerstag');
  await expect(mentor.getByTestId('submission-status')).toHaveText('Eingereicht');
  await mentor.getByTestId('assignment-back').click();
  await mentor.getByTestId('lesson-open').click();
  await mentor.getByTestId('lesson-complete').click();
  await expect(mentor.getByTestId('lesson-uncomplete')).toBeVisible();

  // The trainer finds it in her review queue (counted on the tab) and asks for changes.
  await openProgramTab(page, 'tab-review');
  await expect(page.getByTestId('tab-review').getByTestId('review-count-badge')).toBeVisible();
  const queued = page.getByTestId('review-queue-item').filter({ hasText: assignmentTitle });
  await expect(queued).toContainText('Gisela Brandt');
  await expectAccessible(page, 'Prüfen');
  // On a phone the navigation is closed: its button carries what waits.
  await onPhone(page, 'Prüfen', () => expect(page.getByTestId('nav-toggle-count')).toBeVisible());
  await queued.getByTestId('review-queue-open').click();
  await expect(page.getByTestId('assignment-heading')).toHaveText(assignmentTitle);
  await review(page, 'changes', 'Bitte nennen Sie auch, wie man Fragen vorab schicken kann.');

  // The mentee reads the feedback and hands in a second version.
  await mentee.reload();
  await expect(mentee.getByTestId('submission-status')).toHaveText('Überarbeitung erbeten');
  await expect(mentee.getByTestId('submission-thread')).toContainText('wie man Fragen vorab schicken kann');
  await expectAccessible(mentee, 'Aufgabe (Mentee, Überarbeitung)');
  await mentee.getByTestId('submission-text').fill('Sprechstunde am Donnerstag, 18 Uhr, live. Fragen vorab per Nachricht an meine Seite.');
  await mentee.getByTestId('submission-submit').click();
  await expect(mentee.getByTestId('submission-status')).toHaveText('Eingereicht');

  // The trainer approves the second version; the thread keeps both.
  await page.reload();
  await review(page, 'approve', 'Sehr gut, so kann die Ankündigung raus.');
  await mentee.reload();
  await expect(mentee.getByTestId('submission-status')).toHaveText('Angenommen');
  await expect(mentee.getByTestId('submission-form')).toHaveCount(0);
  await expect(mentee.getByTestId('thread-version')).toHaveCount(2);
  await expect(mentee.getByTestId('thread-review')).toHaveCount(2);

  // Both partners' progress shows the module done: in their module lists and in the progress tab.
  for (const [who, p] of [
    ['Mentee', mentee],
    ['Mentorin', mentor],
  ] as const) {
    await openModules(p, `${who}, abgeschlossen`);
    const item = p.locator(`[data-testid="module-item"][data-title="${moduleTitle}"]`);
    await expect(item.getByTestId('module-progress')).toContainText('Abgeschlossen');
    await expect(item.getByTestId('module-progress')).toContainText('1 von 1 Aufgabe angenommen');
  }
  await openProgramTab(mentee, 'tab-progress');
  await expect(mentee.getByTestId('progress-table')).toBeVisible();
  await expect(mentee.getByTestId('progress-row')).toHaveCount(2);
  const moduleId = await mentee.locator('th[data-module-id]').filter({ hasText: moduleTitle }).getAttribute('data-module-id');
  for (const name of ['Gisela Brandt', 'Lena Hoffmann']) {
    const cell = mentee.locator(
      `[data-testid="progress-row"][data-name="${name}"] [data-testid="progress-cell"][data-module-id="${moduleId}"]`,
    );
    await expect(cell).toHaveAttribute('data-completed', 'true');
  }
  await expectAccessible(mentee, 'Fortschritt (Mentee)');
  await expectNoSidewaysScrolling(mentee);

  // The trainer sees the program-wide matrix and can filter it by tandem.
  await openProgramTab(page, 'tab-progress');
  await expect(page.getByTestId('progress-table')).toBeVisible();
  await expect(page.locator('[data-testid="progress-row"][data-name="Gisela Brandt"]')).toHaveCount(1);
  expect(await page.getByTestId('progress-row').count()).toBeGreaterThan(2);
  await expectAccessible(page, 'Fortschritt (Training)');
  await choose(page, 'progress-tandem-filter', 'Lena Hoffmann & Gisela Brandt');
  await expect(page).toHaveURL(/tandemId=/);
  await expect(page.getByTestId('progress-row')).toHaveCount(2);
  // The CSV export carries the same rows (German Excel: semicolons).
  const csv = page.waitForEvent('download');
  await page.getByTestId('progress-export').click();
  const file = await csv;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const text = await readFile((await file.path()) ?? '', 'utf8');
  expect(text).toContain('Gisela Brandt;');
  expect(text).toContain(moduleTitle);
  await mentee.context().close();
  await mentor.context().close();
});
