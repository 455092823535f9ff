import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';

/** The demo program (apps/api/src/seed/demo-data.ts). */
export const PROGRAM_TITLE = 'Politikerinnen ins Netz 2027';

/** Opens a tab of the demo program from the program list, by a plain click (also at 360 px). */
export async function openProgramTab(page: Page, tabTestId: string): Promise<void> {
  await page.goto('/programme');
  const card = page.getByTestId('program-card').filter({ hasText: PROGRAM_TITLE });
  await card.getByTestId('program-open').click();
  await expect(page.getByTestId('program-title')).toHaveText(PROGRAM_TITLE);
  // A plain click, as people click or tap, also at 360 px where the tab row scrolls sideways; the
  // active tab is then scrolled into view (IntersectionObserver counts what the row clips).
  await page.getByTestId(tabTestId).click();
  await expect(page.getByTestId(tabTestId)).toHaveClass(/mdc-tab--active/);
  await expect(page.getByTestId(tabTestId)).toBeInViewport({ ratio: 0.95 });
}

/** The demo program's "Module" tab, checked with axe. */
export async function openModules(page: Page, who: string): Promise<void> {
  await openProgramTab(page, 'tab-modules');
  await expect(page.getByRole('heading', { level: 2, name: 'Module' })).toBeVisible();
  await expect(page.getByTestId('module-list')).toBeVisible();
  await expectAccessible(page, `Module (${who})`);
}
