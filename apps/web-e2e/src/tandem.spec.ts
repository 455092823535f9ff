import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { openDialog } from './support/dialog';

/**
 * Issue 3 journey: the coordinator adds two people and forms a tandem from them; the mentee signs
 * in, sees her partner and logs a meeting; the coordinator sees the meeting and the quiet flag go.
 * Demo accounts come from `seed:demo` (apps/api/src/seed/demo-data.ts); the two new people are
 * created through the API by the demo admin, because the seed pairs every mentor and mentee.
 */
const PASSWORD = process.env['E2E_DEMO_PASSWORD'] ?? 'Demo-Passwort-2027!';
const COORDINATOR = process.env['E2E_COORDINATOR_EMAIL'] ?? 'koordination@ecampus.example';
const ADMIN = process.env['E2E_ADMIN_EMAIL'] ?? 'admin@ecampus.example';
const PROGRAM_TITLE = 'Politikerinnen ins Netz 2027';

// Unique per run, so the spec also works against a server that already ran it.
const run = Date.now().toString(36);
const mentor = { email: `jana.mentorin.${run}@ecampus.example`, displayName: `Jana Neumann ${run}`, password: 'Mentorin-Passwort-1!' };
const mentee = { email: `ursula.mentee.${run}@ecampus.example`, displayName: `Ursula Lange ${run}`, password: 'Mentee-Passwort-1!' };

/** Today as the German date field shows it: 27.11.2026. */
function todayGerman(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
}

async function createUser(request: APIRequestContext, token: string, user: typeof mentor): Promise<void> {
  const answer = await request.post('/api/users', {
    headers: { Authorization: `Bearer ${token}` },
    data: { email: user.email, displayName: user.displayName, password: user.password },
  });
  expect(answer.status(), await answer.text()).toBe(201);
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/anmelden');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expectAccessible(page, 'Anmeldung');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-password').press('Enter');
  await expect(page.getByTestId('home-welcome')).toBeVisible();
  await expectAccessible(page, 'Startseite');
}

async function openProgram(page: Page): Promise<void> {
  await page.goto('/programme');
  const card = page.getByTestId('program-card').filter({ hasText: PROGRAM_TITLE });
  await expect(card).toBeVisible();
  await expectAccessible(page, 'Meine Programme');
  await card.getByTestId('program-open').click();
  await expect(page.getByTestId('program-title')).toHaveText(PROGRAM_TITLE);
  await expectAccessible(page, 'Programm: Überblick');
}

async function choose(page: Page, selectTestId: string, option: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addPerson(page: Page, person: typeof mentor, role: string): Promise<void> {
  const dialog = await openDialog(page, page.getByTestId('members-add'));
  await dialog.getByTestId('invite-email').fill(person.email);
  await dialog.getByTestId('invite-name').fill(person.displayName);
  await choose(page, 'invite-role', role);
  await expectAccessible(page, 'Dialog Person hinzufügen');
  await dialog.getByTestId('invite-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('member-row').filter({ hasText: person.email })).toContainText(role);
}

async function newPage(browser: Browser, baseURL: string | undefined, locale: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale });
  return context.newPage();
}

test('Programmleitung bildet ein Tandem, die Mentee trägt ein Treffen ein, die Programmleitung sieht es', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);

  // Two people who are not in the program yet (admin, through the API).
  const login = await request.post('/api/auth/login', { data: { email: ADMIN, password: PASSWORD } });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  await createUser(request, accessToken, mentor);
  await createUser(request, accessToken, mentee);

  // The coordinator adds them with their roles: existing accounts are added, not invited.
  await signIn(page, COORDINATOR, PASSWORD);
  await openProgram(page);
  await page.getByTestId('tab-members').click();
  await expect(page.getByTestId('members-table')).toBeVisible();
  await expectAccessible(page, 'Programm: Mitglieder');
  await addPerson(page, mentor, 'Mentorin / Mentor');
  await addPerson(page, mentee, 'Mentee');

  // The role filter narrows the table.
  await choose(page, 'members-role-filter', 'Mentee');
  await expect(page.getByTestId('member-row').filter({ hasText: mentee.email })).toBeVisible();
  await expect(page.getByTestId('member-row').filter({ hasText: mentor.email })).toHaveCount(0);

  // …and forms a tandem from the two. Without a meeting it is quiet from the start.
  await page.getByTestId('tab-tandems').click();
  await expect(page.getByTestId('tandems-table')).toBeVisible();
  await expectAccessible(page, 'Programm: Tandems');
  const dialog = await openDialog(page, page.getByTestId('tandems-create'));
  await choose(page, 'create-tandem-mentor', mentor.displayName);
  await choose(page, 'create-tandem-mentee', mentee.displayName);
  await dialog.getByTestId('create-tandem-goals').fill('Eine eigene Instagram-Seite für die Ratsarbeit aufbauen.');
  await expectAccessible(page, 'Dialog Tandem bilden');
  await dialog.getByTestId('create-tandem-submit').click();
  await expect(dialog).toBeHidden();
  const row = page.locator(`[data-testid="tandem-row"][data-mentee="${mentee.displayName}"]`);
  await expect(row).toContainText(mentor.displayName);
  await expect(row.getByTestId('tandem-status')).toHaveText('aktiv');
  await expect(row.getByTestId('tandem-quiet')).toBeVisible();
  await expect(row.getByTestId('tandem-meeting-count')).toHaveText('0');
  await expect(row.getByTestId('tandem-last-meeting')).toHaveText('noch keins');

  // The mentee, on a phone whose browser speaks English (the app stays German): sees her partner
  // and logs a meeting.
  const menteePage = await newPage(browser, baseURL, 'en-US');
  await menteePage.setViewportSize({ width: 360, height: 740 });
  await signIn(menteePage, mentee.email, mentee.password);
  // The start page leads a participant straight to her tandem; the program overview does too.
  await menteePage.getByTestId('home-my-tandem').click();
  await expect(menteePage).toHaveURL(/\/mein-tandem$/);
  await expect(menteePage.getByTestId('tandem-partner-name')).toHaveText(mentor.displayName);
  await expectAccessible(menteePage, 'Mein Tandem');
  await openProgram(menteePage);
  await menteePage.getByTestId('overview-my-tandem').click();
  await expect(menteePage).toHaveURL(/\/mein-tandem$/);
  await expect(menteePage.getByTestId('tandem-partner-name')).toHaveText(mentor.displayName);
  await expect(menteePage.getByTestId('tandem-partner-email')).toHaveText(mentor.email);
  await expect(menteePage.getByTestId('goals-text')).toContainText('Instagram-Seite');
  await expect(menteePage.getByTestId('tandem-quiet-banner')).toBeVisible();

  // Dates follow the app's language, not the browser's: German 27.11.2026 on an English browser.
  const date = menteePage.getByTestId('meeting-date');
  await expect(date).toHaveValue(todayGerman());
  await menteePage.getByTestId('meeting-date-calendar').getByRole('button').click();
  await expect(menteePage.getByRole('dialog')).toBeVisible();
  await expectAccessible(menteePage, 'Mein Tandem: Kalender des Datumsfelds');
  await menteePage.keyboard.press('Escape');
  await expect(menteePage.getByRole('dialog')).toBeHidden();
  await date.fill(todayGerman());
  await choose(menteePage, 'meeting-format', 'Präsenz');
  await menteePage.getByTestId('meeting-duration').fill('90');
  await menteePage.getByTestId('meeting-notes').fill('Kennenlernen im Rathaus, Instagram-Profil angelegt.');
  await menteePage.getByTestId('meeting-submit').click();
  await expect(menteePage.getByTestId('meeting-item')).toHaveCount(1);
  await expect(menteePage.getByTestId('meeting-item')).toContainText('Kennenlernen im Rathaus');
  await expect(menteePage.getByTestId('meeting-item')).toContainText('Präsenz');
  await expect(menteePage.getByTestId('tandem-quiet-banner')).toBeHidden();
  await expect(date).toHaveValue(todayGerman());
  await expectAccessible(menteePage, 'Mein Tandem nach dem Eintragen');
  // Nothing wider than the phone's screen.
  const overflow = await menteePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await menteePage.context().close();

  // The coordinator sees the meeting, and the quiet flag is gone.
  await page.reload();
  await expect(row.getByTestId('tandem-meeting-count')).toHaveText('1');
  await expectAccessible(page, 'Programm: Tandems nach dem Treffen');
  await expect(row.getByTestId('tandem-quiet')).toHaveCount(0);
  await expect(row.getByTestId('tandem-last-meeting')).not.toHaveText('noch keins');
  await row.getByTestId('tandem-open').click();
  await expect(page.getByTestId('meeting-item')).toContainText('Kennenlernen im Rathaus');
  await expect(page.getByTestId('tandem-quiet-banner')).toHaveCount(0);
  await expectAccessible(page, 'Tandem (Ansicht der Programmleitung)');
});
