import { crc32, deflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { openProgramTab } from './support/curriculum';
import { DEMO_PASSWORD, expectNoSidewaysScrolling, pageOnAnotherDevice, signIn } from './support/sign-in';

/**
 * Issue 11: the coordinator names the issuer and a signatory and uploads a logo, issues the
 * certificates of the demo program through the queue with the notice and watches the progress bar
 * reach 100 %, downloads one; the holder finds the notice at the bell and her certificate behind
 * it; the public verify page (no login) shows it valid, and revoked once she revoked it.
 */
const COORDINATOR = process.env['E2E_COORDINATOR_EMAIL'] ?? 'koordination@ecampus.example';
const HOLDER = 'Gisela Brandt';
const HOLDER_EMAIL = 'gisela.brandt@ecampus.example';

/** A small RGB PNG (a logo), built here: nothing is read from outside the test. */
function pngOf(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x2a)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

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

  // Who issues and signs: the organisation, a signatory, the logo (checked by the server, previewed).
  const issuer = page.getByTestId('issuer-form');
  await issuer.getByTestId('issuer-organisation').fill('Landesnetzwerk Frauen in der Kommunalpolitik');
  if ((await issuer.getByTestId('issuer-signatory').count()) === 0) await issuer.getByTestId('issuer-add').click();
  await issuer.getByTestId('issuer-name').first().fill('Dr. Helga Sommer');
  await issuer.getByTestId('issuer-role').first().fill('Programmleitung');
  await issuer.getByTestId('issuer-save').click();
  await expect(page.getByText('Aussteller und Unterschriften sind gespeichert.')).toBeVisible();
  await page.getByTestId('issuer-logo-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pngOf(120, 40) });
  await expect(page.getByTestId('issuer-logo-preview')).toBeVisible();
  await expectAccessible(page, 'Bescheinigungen: Aussteller und Logo');

  // Issue for everyone eligible, with the notice; the progress bar runs to 100 %.
  await page.getByTestId('certificates-issue').click();
  await expect(page.getByTestId('issue-notify')).toBeVisible();
  await expectAccessible(page, 'Bescheinigungen ausstellen (Dialog)');
  await page.getByTestId('issue-notify').getByRole('checkbox').check();
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

  // The holder finds the notice at the bell; it leads to her certificate.
  const holder = await pageOnAnotherDevice(browser, baseURL);
  await holder.setViewportSize({ width: 360, height: 740 }); // on her phone
  await signIn(holder, HOLDER_EMAIL, DEMO_PASSWORD);
  await expect(holder.getByTestId('notification-bell-count')).toHaveText('1');
  await holder.getByTestId('notification-bell').click();
  await expect(holder.getByTestId('notification-bell-item').first()).toContainText('Teilnahmebescheinigung');
  await expectAccessible(holder, 'Benachrichtigungen (Menü)');
  await holder.getByTestId('notification-bell-item').first().click();
  await expect(holder).toHaveURL(/\/bescheinigungen$/);
  await expect(holder.getByTestId('my-certificate-code').first()).toHaveText(code);
  await expect(holder.getByTestId('notification-bell-count')).toHaveCount(0);
  await expectNoSidewaysScrolling(holder);
  await holder.context().close();

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

  // On a phone the tab (tables, issuer form, images) fits the width.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByTestId('issuer-form')).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page, 'Bescheinigungen auf dem Telefon');
});
