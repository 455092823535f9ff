import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The rules of WCAG 2.1, levels A and AA (axe-core's tags). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** What fails a journey; minor and moderate findings are axe's advice, not a barrier. */
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Checks the page as it is now — call it on every page and open dialog a journey reaches — with
 * axe-core against WCAG 2.1 A and AA, and fails on any serious or critical violation, listing each
 * rule with its impact, help text and the elements concerned.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  await test.step(`Barrierefreiheit: ${where}`, async () => {
    await animationsFinished(page);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    const blocking = violations
      .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: `${violation.help} (${violation.helpUrl})`,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    expect(blocking, `axe-core, WCAG 2.1 A/AA: serious or critical violations on "${where}"`).toEqual([]);
  });
}

/**
 * Waits for opening dialogs, menus and ripples to finish: half-faded elements would count as low
 * contrast. Endless animations (spinners) are not waited for.
 */
async function animationsFinished(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
