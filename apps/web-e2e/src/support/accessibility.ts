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
 * Waits for opening dialogs, menus, ripples and snack bars to finish: half-faded elements would
 * count as low contrast. Some start their transition a frame or a timer after they are attached
 * (a snack bar), so the page counts as settled only after two quiet frames in a row. Endless
 * animations (spinners) are not waited for.
 */
async function animationsFinished(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    const running = () =>
      document.getAnimations().filter((a) => a.playState !== 'finished' && a.effect?.getComputedTiming().iterations !== Infinity);
    for (let quiet = 0, rounds = 0; quiet < 2 && rounds < 100; rounds++) {
      const now = running();
      if (now.length === 0) quiet++;
      else {
        quiet = 0;
        await Promise.all(now.map((a) => a.finished.catch(() => undefined)));
      }
      await frame();
    }
  });
}
