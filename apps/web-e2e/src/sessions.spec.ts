import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { DEMO_ADMIN, DEMO_PASSWORD, expectNoSidewaysScrolling, expectSentToLogin, pageOnAnotherDevice, signIn } from './support/sign-in';

/**
 * Issue 7 journey: a person signed in on two devices sees both under "Sitzungen", changes her
 * password on one, and the other is sent to the login page within seconds; this one stays signed in.
 */

const run = Date.now().toString(36);
const person = {
  email: `sina.sitzung.${run}@ecampus.example`,
  displayName: `Sina Sitzung ${run}`,
  password: `Bergsee-${run}-Laterne-Honig`,
  newPassword: `Wolkenkratzer-${run}-Ahorn-Fluss`,
};

test('Passwort ändern meldet die Person auf ihrem anderen Gerät ab', async ({ page, browser, baseURL, request }) => {
  test.setTimeout(120_000);

  // Her account, created by the demo admin through the API.
  const login = await request.post('/api/auth/login', { data: { email: DEMO_ADMIN, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const created = await request.post('/api/users', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: { email: person.email, displayName: person.displayName, password: person.password },
  });
  expect(created.status(), await created.text()).toBe(201);

  // Signed in on two devices, one a phone.
  await signIn(page, person.email, person.password);
  const phone = await pageOnAnotherDevice(browser, baseURL);
  await phone.setViewportSize({ width: 360, height: 740 });
  await signIn(phone, person.email, person.password);
  await phone.goto('/konto/sitzungen');
  await expect(phone.getByTestId('session')).toHaveCount(2);
  await expectNoSidewaysScrolling(phone);
  await expectAccessible(phone, 'Sitzungen auf dem Telefon');

  // "Sitzungen" lists both, this one marked.
  await page.getByTestId('user-menu-button').click();
  await page.getByTestId('menu-sessions').click();
  await expect(page).toHaveURL(/\/konto\/sitzungen$/);
  await expect(page.getByTestId('session')).toHaveCount(2);
  await expect(page.getByTestId('session-current')).toHaveCount(1);
  await expectAccessible(page, 'Sitzungen');

  // "Passwort ändern": the server refuses a guessable password at the field, then takes a good one.
  await page.getByTestId('user-menu-button').click();
  await page.getByTestId('menu-password').click();
  await expect(page).toHaveURL(/\/konto\/passwort$/);
  await expectAccessible(page, 'Passwort ändern');
  await page.getByTestId('password-current').fill(person.password);
  await page.getByTestId('new-password').fill('Passwort123!');
  await page.getByTestId('new-repeat').fill('Passwort123!');
  await page.getByTestId('new-repeat').press('Enter');
  await expect(page.getByTestId('new-password-error')).not.toBeEmpty();
  await expectAccessible(page, 'Passwort ändern mit Hinweis des Servers');
  await page.getByTestId('new-password').fill(person.newPassword);
  await page.getByTestId('new-repeat').fill(person.newPassword);
  await page.getByTestId('password-submit').click();
  await expect(page.getByTestId('password-changed')).toContainText('Auf allen anderen Geräten wurden Sie abgemeldet');
  await expectAccessible(page, 'Passwort geändert');

  // The other device is sent to the login within seconds; this one stays signed in.
  await expectSentToLogin(phone, 'Anmeldung auf dem anderen Gerät');
  await page.reload();
  await expect(page).toHaveURL(/\/konto\/passwort$/);
  await page.getByTestId('user-menu-button').click();
  await page.getByTestId('menu-sessions').click();
  await expect(page.getByTestId('session')).toHaveCount(1);

  // The new password opens the other device again, back on the page it was on.
  await phone.getByTestId('login-email').fill(person.email);
  await phone.getByTestId('login-password').fill(person.newPassword);
  await phone.getByTestId('login-password').press('Enter');
  await expect(phone).toHaveURL(/\/konto\/sitzungen$/);
  await expect(phone.getByTestId('session')).toHaveCount(2);
  await phone.context().close();
});
