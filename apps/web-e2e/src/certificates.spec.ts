import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { openProgramTab } from './support/curriculum';
import { DEMO_PASSWORD, pageOnAnotherDevice, signIn } from './support/sign-in';

/**
 * Issue 11: the coordinator issues the certificates of the demo program through the queue and
 * watches the progress bar reach 100 %, downloads one; the public verify page (no login) shows it
 * valid, and revoked once she revoked it.
 */
const COORDINATOR = process.env['E2E_COORDINATOR_EMAIL'] ?? 'koordination@ecampus.example';
const HOLDER = 'Gisela Brandt';

test('Die Koordination stellt Bescheinigungen aus; die öffentliche Prüfseite zeigt eine gültig und nach dem Widerruf widerrufen', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signIn(page, COORDINATOR, DEMO_PASSWORD);
  await openProgramTab(page, 'tab-certificates');
  await expect(page.getByTestId('eligibility-table')).toBeVisible();
  await expect(page.getByTestId('eligibility-row').filter({ hasText: HOLDER })).toBeVisible();
  await expectAccessible(page, 'Bescheinigungen (Koordination)');

  // Issue for everyone eligible, without notifying anyone; the progress bar runs to 100 %.
  await page.getByTestId('certificates-issue').click();
  await expect(page.getByTestId('issue-notify')).toBeVisible();
  await expectAccessible(page, 'Bescheinigungen ausstellen (Dialog)');
  await page.getByTestId('issue-confirm').click();
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('data-percent', '100', { timeout: 60_000 });
  await expect(page.getByTestId('batch-progress-text')).toContainText(/ausgestellt/);

  // Her certificate: downloaded as a PDF; its code.
  const row = page.getByTestId('issued-row').filter({ hasText: HOLDER });
  await expect(row).toBeVisible({ timeout: 15_000 });
  const code = ((await row.getByTestId('issued-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}-[2-9A-HJ-NP-Z]$/);
  const downloading = page.waitForEvent('download');
  await row.getByTestId('issued-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);

  // Anyone, without an account, checks the code from the QR link.
  const visitor = await pageOnAnotherDevice(browser, baseURL);
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByTestId('verify-result')).toHaveAttribute('data-status', 'valid');
  await expect(visitor.getByTestId('verify-holder')).toContainText(HOLDER);
  await expectAccessible(visitor, 'Bescheinigung prüfen (gültig)');
  // A typo is caught by the check character.
  await visitor.goto('/verify');
  const typo = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
  await visitor.getByTestId('verify-input').fill(typo.toLowerCase());
  await visitor.getByTestId('verify-submit').click();
  await expect(visitor.getByTestId('verify-result')).toHaveAttribute('data-status', 'check');

  // The coordinator revokes it, with a reason; the public page says so.
  await row.getByTestId('issued-revoke').click();
  await page.getByTestId('revoke-reason').fill('Versehentlich ausgestellt');
  await page.getByTestId('revoke-confirm').click();
  await expect(row.getByTestId('issued-revoked')).toBeVisible();
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByTestId('verify-result')).toHaveAttribute('data-status', 'revoked');
  await visitor.context().close();
});
