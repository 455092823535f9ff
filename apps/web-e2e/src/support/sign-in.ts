import { expect, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';

/** The demo seed's password for every demo account (README, demo section). */
export const DEMO_PASSWORD = process.env['E2E_DEMO_PASSWORD'] ?? 'Demo-Passwort-2027!';
export const DEMO_ADMIN = process.env['E2E_ADMIN_EMAIL'] ?? 'admin@ecampus.example';

/** Signs in through the login page (submitted with Enter, as people do) and waits for the start page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/anmelden');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-password').press('Enter');
  await expect(page.getByTestId('home-welcome')).toBeVisible();
}

/** A page in a browser context of its own: another device, with its own cookies and session. */
export async function pageOnAnotherDevice(browser: Browser, baseURL: string | undefined, locale = 'de-DE'): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale });
  return context.newPage();
}

/** A session that ended elsewhere ends here too: the page shows the login with the notice, within seconds. */
export async function expectSentToLogin(page: Page, where: string): Promise<void> {
  await expect(page).toHaveURL(/\/anmelden\?/, { timeout: 10_000 });
  await expect(page.getByTestId('login-session-expired')).toBeVisible();
  await expectAccessible(page, where);
}

/** Nothing wider than the screen (a phone's 360 px): wide tables scroll inside their region. */
export async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Picks an option of a Material select by its visible text. */
export async function choose(page: Page, selectTestId: string, option: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
