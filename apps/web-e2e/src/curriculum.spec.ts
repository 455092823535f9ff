import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { openDialog } from './support/dialog';
import { openModules } from './support/curriculum';
import { DEMO_PASSWORD, expectNoSidewaysScrolling, pageOnAnotherDevice, signIn } from './support/sign-in';

/**
 * Issue 8, first slice (modules and lessons): the demo trainer writes a module with a lesson
 * (watching the live preview) and publishes it; a demo mentee, on a phone-sized screen, opens the
 * module, reads the lesson and marks it done; her module list shows the module as completed.
 * Demo accounts come from `seed:demo` (apps/api/src/seed/demo-data.ts).
 */
const TRAINER = process.env['E2E_TRAINER_EMAIL'] ?? 'training@ecampus.example';
const MENTEE = process.env['E2E_MENTEE_EMAIL'] ?? 'gisela.brandt@ecampus.example';

// Unique per run, so the spec also works against a server that already ran it.
const run = Date.now().toString(36);
const moduleTitle = `Instagram-Stories für den Wahlkreis ${run}`;
const lessonTitle = 'Die erste Story planen';

test('Training schreibt ein Modul mit Lektion und veröffentlicht es, die Mentee liest die Lektion und schließt das Modul ab', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);

  // The trainer creates a draft module in the dialog …
  await signIn(page, TRAINER, DEMO_PASSWORD);
  await openModules(page, 'Training');
  const dialog = await openDialog(page, page.getByTestId('modules-create'));
  await dialog.getByTestId('create-module-title').fill(moduleTitle);
  await dialog.getByTestId('create-module-summary').fill('Kurze Geschichten aus der Ratsarbeit, die Menschen im Wahlkreis erreichen.');
  await expectAccessible(page, 'Dialog Neues Modul');
  await dialog.getByTestId('create-module-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('module-title')).toHaveText(moduleTitle);
  await expect(page.getByTestId('module-status')).toHaveText('Entwurf');
  await expect(page.getByTestId('lessons-empty')).toBeVisible();
  await expectAccessible(page, 'Modul (Entwurf)');

  // … writes a lesson, watching the server's preview of the Markdown …
  await page.getByTestId('lesson-create').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Neue Lektion' })).toBeVisible();
  await page.getByTestId('lesson-form-title').fill(lessonTitle);
  await page.getByTestId('lesson-form-minutes').fill('15');
  await page
    .getByTestId('lesson-form-body')
    .fill('## Worum geht es?\n\nEine Story zeigt **einen Moment** aus Ihrem Tag im Rat.\n\n- Ort\n- Thema\n- Frage an die Menschen');
  const preview = page.getByTestId('lesson-preview-html');
  await expect(preview.getByRole('heading', { name: 'Worum geht es?' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('einen Moment');
  await expectAccessible(page, 'Lektionseditor mit Vorschau');
  await page.getByTestId('lesson-form-submit').click();
  await expect(page.getByTestId('lesson-title')).toHaveText(lessonTitle);
  await expect(page.getByTestId('lesson-html').locator('li')).toHaveCount(3);
  await expectAccessible(page, 'Lektion (Training)');

  // … and publishes the module after confirming.
  await page.getByTestId('lesson-back').click();
  await expect(page.getByTestId('lesson-item')).toHaveCount(1);
  await page.getByTestId('module-publish').click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('Modul veröffentlichen?');
  await expectAccessible(page, 'Dialog Modul veröffentlichen');
  await confirm.getByTestId('module-publish-confirm').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('module-status')).toHaveText('Veröffentlicht');
  await expectAccessible(page, 'Modul (veröffentlicht)');

  // The mentee, on a phone, sees the module with her progress …
  const mentee = await pageOnAnotherDevice(browser, baseURL);
  await mentee.setViewportSize({ width: 360, height: 740 });
  await signIn(mentee, MENTEE, DEMO_PASSWORD);
  await openModules(mentee, 'Mentee');
  const item = mentee.locator(`[data-testid="module-item"][data-title="${moduleTitle}"]`);
  await expect(item.getByTestId('module-progress')).toHaveText('0 von 1 Lektion');
  await expect(item.getByTestId('module-status')).toHaveCount(0);
  await expectNoSidewaysScrolling(mentee);

  // … opens it, reads the lesson and marks it done …
  await item.getByTestId('module-open').click();
  await expect(mentee.getByTestId('module-title')).toHaveText(moduleTitle);
  await expect(mentee.getByTestId('lesson-state')).toHaveText('(offen)');
  await expectAccessible(mentee, 'Modul (Mentee)');
  await expectNoSidewaysScrolling(mentee);
  await mentee.getByTestId('lesson-open').click();
  await expect(mentee.getByTestId('lesson-title')).toHaveText(lessonTitle);
  await expect(mentee.getByTestId('lesson-html').getByRole('heading', { name: 'Worum geht es?' })).toBeVisible();
  await expect(mentee.getByTestId('lesson-edit')).toHaveCount(0);
  await expectAccessible(mentee, 'Lektion (Mentee)');
  await expectNoSidewaysScrolling(mentee);
  // By keyboard, as the reader promises.
  await mentee.getByTestId('lesson-complete').focus();
  await mentee.keyboard.press('Enter');
  await expect(mentee.getByTestId('lesson-uncomplete')).toHaveText('Erledigt ✓ (rückgängig)');
  await expectAccessible(mentee, 'Lektion erledigt');

  // … and her module shows the check mark and, in the list, as completed.
  await mentee.getByTestId('lesson-back').click();
  await expect(mentee.getByTestId('lesson-state')).toHaveText('(erledigt)');
  await mentee.getByTestId('module-back').click();
  await expect(item.getByTestId('module-progress')).toContainText('Abgeschlossen');
  await expect(item.getByTestId('module-progress')).toContainText('1 von 1 Lektion');
  await expectAccessible(mentee, 'Module (Mentee, abgeschlossen)');

  // Opened by its address, the program home scrolls its tab row to the active tab.
  const modulesUrl = mentee.url();
  await mentee.goto('/programme');
  await mentee.goto(modulesUrl);
  await expect(mentee.getByTestId('tab-modules')).toHaveClass(/mdc-tab--active/);
  await expect(mentee.getByTestId('tab-modules')).toBeInViewport({ ratio: 0.95 });
  await expectNoSidewaysScrolling(mentee);
  await mentee.context().close();
});
