import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';

/** The demo coordinator created by `seed:demo` (README, demo section). */
const coordinator = {
  email: process.env['E2E_COORDINATOR_EMAIL'] ?? 'koordination@ecampus.example',
  password: process.env['E2E_COORDINATOR_PASSWORD'] ?? 'Demo-Passwort-2027!',
};

async function signIn(page: Page): Promise<void> {
  await page.goto('/anmelden');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expectAccessible(page, 'Anmeldung');
  await page.getByTestId('login-email').fill(coordinator.email);
  await page.getByTestId('login-password').fill(coordinator.password);
  // Submit with Enter, as people do.
  await page.getByTestId('login-password').press('Enter');
  await expect(page.getByTestId('home-welcome')).toBeVisible();
  await expectAccessible(page, 'Startseite');
}

/** Renews the session with the browser's refresh cookie from outside the browser, which keeps its old cookie. */
async function renewBehindTheBrowsersBack(page: Page, baseURL: string | undefined): Promise<void> {
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('ecampus_refresh'));
  expect(cookie, 'refresh cookie').toBeDefined();
  const renewed = await fetch(new URL('/api/auth/refresh', baseURL), {
    method: 'POST',
    headers: { cookie: `${cookie?.name}=${cookie?.value}` },
  });
  expect(renewed.status).toBe(200);
  expect(renewed.headers.get('set-cookie')).not.toContain(`=${cookie?.value};`);
}

test.describe('Anmeldung und App-Rahmen', () => {
  test('Programmleitung meldet sich an, wechselt die Sprache nach Englisch und zurück und meldet sich ab', async ({ page, baseURL }) => {
    // Signed out, the app sends everyone to the login page.
    await page.goto('/');
    await expect(page).toHaveURL(/\/anmelden$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expectAccessible(page, 'Anmeldung');

    await page.getByTestId('login-email').fill(coordinator.email);
    await page.getByTestId('login-password').fill(coordinator.password);
    await page.getByTestId('login-password').press('Enter');

    // The layout: toolbar with the user's name, navigation with programs or the empty state.
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('home-welcome')).toContainText('Willkommen');
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByTestId('user-display-name')).not.toBeEmpty();
    await expect(page.getByTestId('nav-program').or(page.getByTestId('nav-programs-empty')).first()).toBeVisible();
    await expect(page.getByTestId('nav-home')).toHaveText(/Startseite/);
    await expect(page).toHaveTitle('Startseite – eCampus');
    await expectAccessible(page, 'Startseite');

    // English, without reload.
    await page.getByTestId('user-menu-button').click();
    await expect(page.getByTestId('menu-language-en')).toBeVisible();
    await expectAccessible(page, 'Startseite mit Benutzermenü');
    await page.getByTestId('menu-language-en').click();
    await expect(page.getByTestId('home-welcome')).toContainText('Welcome');
    await expect(page.getByTestId('nav-home')).toHaveText(/Start page/);
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Start page – eCampus');
    await expectAccessible(page, 'Start page (English)');

    // A reload keeps both the language (localStorage) and the session (refresh cookie).
    await page.reload();
    await expect(page.getByTestId('home-welcome')).toContainText('Welcome');

    // A renewal whose answer never reached the browser (a reload cut off while the app started):
    // the server rotated the cookie, the browser still has the old one, and the next load keeps the session.
    await renewBehindTheBrowsersBack(page, baseURL);
    await page.reload();
    await expect(page.getByTestId('home-welcome')).toContainText('Welcome');

    // And back to German.
    await page.getByTestId('user-menu-button').click();
    await page.getByTestId('menu-language-de').click();
    await expect(page.getByTestId('home-welcome')).toContainText('Willkommen');
    await expect(page.getByTestId('nav-home')).toHaveText(/Startseite/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');

    // Sign out: back on the login page, and the session is really over.
    await page.getByTestId('user-menu-button').click();
    await page.getByTestId('logout').click();
    await expect(page).toHaveURL(/\/anmelden$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
    await expectAccessible(page, 'Anmeldung nach dem Abmelden');
    await page.goto('/');
    await expect(page).toHaveURL(/\/anmelden$/);
  });

  test('ein falsches Passwort zeigt die Meldung des Servers im Formular', async ({ page }) => {
    await page.goto('/anmelden');
    await page.getByTestId('login-email').fill(coordinator.email);
    await page.getByTestId('login-password').fill('ganz-sicher-falsch');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByTestId('login-submit').click();

    const response = await answer;
    expect(response.status()).toBe(401);
    const body = (await response.json()) as { message: string };
    expect(body.message.length).toBeGreaterThan(0);
    await expect(page.getByTestId('login-error')).toHaveText(body.message);
    await expect(page.getByTestId('login-submit')).toBeEnabled();
    await expect(page).toHaveURL(/\/anmelden$/);
    await expectAccessible(page, 'Anmeldung mit Fehlermeldung des Servers');
  });

  test('leere Felder zeigen deutsche Hinweise, ohne den Server zu fragen', async ({ page }) => {
    await page.goto('/anmelden');
    let asked = false;
    page.on('request', (r) => (asked ||= r.url().endsWith('/api/auth/login')));
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-email-error')).toHaveText('Bitte geben Sie Ihre E-Mail-Adresse ein.');
    await expect(page.getByTestId('login-password-error')).toHaveText('Bitte geben Sie Ihr Passwort ein.');
    expect(asked).toBe(false);
    await expectAccessible(page, 'Anmeldung mit Hinweisen an den Feldern');
  });

  test('auf einem 360 px breiten Telefon liegt die Navigation über dem Inhalt', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page);

    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(nav).toBeHidden();
    await page.getByTestId('nav-toggle').click();
    await expect(nav).toBeVisible();
    await expectAccessible(page, 'Startseite auf dem Telefon mit offener Navigation');
    await page.getByTestId('nav-home').click();
    await expect(nav).toBeHidden();

    // Nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('unbekannte Seiten zeigen die 404-Seite im App-Rahmen; der Skip-Link führt zum Inhalt', async ({ page }) => {
    await signIn(page);
    await page.goto('/gibt-es-nicht');
    await expect(page.getByTestId('not-found')).toContainText('Seite nicht gefunden');
    await expectAccessible(page, '404-Seite');

    await page.keyboard.press('Tab');
    await expect(page.getByTestId('skip-link')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('main')).toBeFocused();
  });
});
