import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { openDialog } from './support/dialog';
import {
  DEMO_ADMIN,
  DEMO_PASSWORD,
  choose,
  expectNoSidewaysScrolling,
  expectSentToLogin,
  pageOnAnotherDevice,
  signIn,
} from './support/sign-in';

/**
 * Issue 7 journey: the demo admin runs the eCampus from the browser — creates a program with every
 * field, creates a coordinator's account with a password and makes her coordinator of the program;
 * she signs in on her own device and sees it; the admin deactivates her and her open page ends up
 * on the login page within seconds (the server ends her sessions, the /live socket says so). The
 * admin opens the queues (Bull Board) from the accounts page.
 */

// Unique per run, so the spec also works against a server that already ran it.
const run = Date.now().toString(36);
const program = { title: `Mentoring Süd ${run}` };
const coordinator = {
  email: `kim.koordination.${run}@ecampus.example`,
  displayName: `Kim Koordination ${run}`,
  password: `Leuchtturm-${run}-Kaffee-Garten`,
};

async function openAdministration(page: Page, section: 'admin-programs' | 'admin-accounts'): Promise<void> {
  await page.getByTestId('nav-admin').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
  await page.getByTestId(section).click();
}

async function findAccount(page: Page): Promise<void> {
  await openAdministration(page, 'admin-accounts');
  await page.getByTestId('accounts-search').fill(run);
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(page.getByTestId('account-row')).toContainText(coordinator.email);
}

test('Die Administration legt ein Programm und eine Programmleitung an; deaktiviert, landet deren offene Seite bei der Anmeldung', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);

  // A program with every field of the contract.
  await openAdministration(page, 'admin-programs');
  await expect(page).toHaveURL(/\/verwaltung\/programme$/);
  await expect(page.getByTestId('programs-admin-table')).toBeVisible();
  await expectAccessible(page, 'Verwaltung: Programme');
  const dialog = await openDialog(page, page.getByTestId('programs-admin-create'));
  await dialog.getByTestId('create-program-title').fill(program.title);
  await dialog.getByTestId('create-program-description').fill('Reverse Mentoring für Kommunalpolitikerinnen im Süden.');
  await choose(page, 'create-program-mode', 'Klassisches Mentoring');
  await dialog.getByTestId('create-program-starts-on').fill('01.03.2028');
  await dialog.getByTestId('create-program-ends-on').fill('31.12.2028');
  await dialog.getByTestId('create-program-deadline').fill('31.01.2028');
  await dialog.getByTestId('create-program-free').getByRole('checkbox').uncheck();
  await dialog.getByTestId('create-program-time').fill('Ein Treffen im Monat und vier Seminare');
  await dialog.getByTestId('create-program-contact-name').fill('Programmbüro Süd');
  await dialog.getByTestId('create-program-contact-email').fill('sued@ecampus.example');
  await expectAccessible(page, 'Dialog Programm anlegen');
  await dialog.getByTestId('create-program-submit').click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('programs-admin-row').filter({ hasText: program.title });
  await expect(row).toContainText('kein Mitglied');

  // An account for the coordinator, with a password.
  await page.getByTestId('admin-accounts').click();
  await expect(page).toHaveURL(/\/verwaltung\/konten$/);
  await expect(page.getByTestId('accounts-table')).toBeVisible();
  await expectAccessible(page, 'Verwaltung: Konten');
  await openDialog(page, page.getByTestId('accounts-create'));
  await dialog.getByTestId('create-account-email').fill(coordinator.email);
  await dialog.getByTestId('create-account-name').fill(coordinator.displayName);
  await dialog.getByTestId('create-account-password').fill(coordinator.password);
  await expectAccessible(page, 'Dialog Konto anlegen');
  await dialog.getByTestId('create-account-submit').click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('accounts-search').fill(run);
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(page.getByTestId('account-row')).toContainText('aktiv');

  // She becomes the program's coordinator (an existing account is added, not invited).
  await page.getByTestId('admin-programs').click();
  await row.getByTestId('programs-admin-link').click();
  await expect(page.getByTestId('program-title')).toHaveText(program.title);
  await page.getByTestId('tab-members').click();
  await openDialog(page, page.getByTestId('members-add'));
  await dialog.getByTestId('invite-email').fill(coordinator.email);
  await dialog.getByTestId('invite-name').fill(coordinator.displayName);
  await choose(page, 'invite-role', 'Programmleitung');
  await dialog.getByTestId('invite-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('member-row').filter({ hasText: coordinator.email })).toContainText('Programmleitung');

  // She signs in on her own device and finds the program; the administration does not exist for her.
  const herPage = await pageOnAnotherDevice(browser, baseURL);
  await signIn(herPage, coordinator.email, coordinator.password);
  await expect(herPage.getByTestId('home-program').filter({ hasText: program.title })).toBeVisible();
  await expect(herPage.getByTestId('nav-program').filter({ hasText: program.title })).toBeVisible();
  await expect(herPage.getByTestId('nav-admin')).toHaveCount(0);
  await expectAccessible(herPage, 'Startseite der neuen Programmleitung');
  await herPage.goto('/verwaltung');
  await expect(herPage.getByTestId('not-found')).toBeVisible();
  await herPage.goto('/');
  await expect(herPage.getByTestId('home-program').filter({ hasText: program.title })).toBeVisible();

  // Her account page shows her program and role; the admin deactivates her.
  await findAccount(page);
  await page.getByTestId('account-link').click();
  await expect(page.getByTestId('account-name')).toHaveText(coordinator.displayName);
  await expect(page.getByTestId('person-program').filter({ hasText: program.title })).toContainText('Programmleitung');
  await expectAccessible(page, 'Verwaltung: Konto');
  await page.getByTestId('account-deactivate').click();
  await expect(dialog).toContainText('deaktivieren?');
  await expectAccessible(page, 'Dialog Konto deaktivieren');
  await dialog.getByTestId('account-active-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('account-status')).toHaveText('deaktiviert');

  // Her open page goes to the login within seconds, and her password no longer opens it.
  await expectSentToLogin(herPage, 'Anmeldung nach der Deaktivierung');
  await herPage.getByTestId('login-email').fill(coordinator.email);
  await herPage.getByTestId('login-password').fill(coordinator.password);
  await herPage.getByTestId('login-password').press('Enter');
  await expect(herPage.getByTestId('login-error')).toBeVisible();
  await herPage.context().close();

  // Archived, the program leaves the current list and shows among the archived ones.
  await openAdministration(page, 'admin-programs');
  await row.getByTestId('programs-admin-archive').click();
  await expectAccessible(page, 'Dialog Programm archivieren');
  await dialog.getByTestId('program-archive-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await choose(page, 'programs-admin-filter', 'Archivierte');
  await expect(row.getByTestId('programs-admin-archived')).toBeVisible();

  // On a phone the administration's lists scroll inside their region, not the page.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [url, list, where] of [
    ['/verwaltung/programme', 'Programme', 'Verwaltung: Programme auf dem Telefon'],
    ['/verwaltung/konten', 'Konten', 'Verwaltung: Konten auf dem Telefon'],
  ] as const) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
    await expect(page.getByRole('region', { name: list })).toBeVisible();
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page, where);
  }

  // The queues (Bull Board) open from the accounts page, behind the admin's own session.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/verwaltung/konten');
  await page.getByTestId('accounts-queues').click();
  await expect(page).toHaveURL(/\/api\/admin\/queues\/board\/$/);
  await expect(page).toHaveTitle('eCampus – Warteschlangen');
  await expect(page.locator('body')).toContainText('certificates', { timeout: 15_000 });
  await expect(page.locator('body')).toContainText('mail');
});
