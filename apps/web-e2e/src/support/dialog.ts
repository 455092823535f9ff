import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens a dialog with `trigger` and waits until the dialog holds the focus: Material moves it to
 * the first field when the open animation ends, and on a busy machine that can be after the test
 * started typing — the rest of a password then lands in the e-mail field.
 */
export async function openDialog(page: Page, trigger: Locator): Promise<Locator> {
  await trigger.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  return dialog;
}
