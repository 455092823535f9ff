import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { openProgramTab } from './curriculum';
import { DEMO_PASSWORD, pageOnAnotherDevice, signIn } from './sign-in';

/** The demo seed's trainer (Miriam Schäfer). */
export const TRAINER = process.env['E2E_TRAINER_EMAIL'] ?? 'training@ecampus.example';

/** dd.MM.yyyy and HH:mm of a moment, in the browser's (and this process's) time zone. */
export function dateAndTime(at: Date): { date: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${pad(at.getDate())}.${pad(at.getMonth() + 1)}.${at.getFullYear()}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** The trainer (signed in, on her program) schedules a session ten minutes from now, starts it and enters its room. */
export async function startLiveSession(page: Page, title: string): Promise<void> {
  await openProgramTab(page, 'tab-live');
  await page.getByTestId('live-create').click();
  const start = dateAndTime(new Date(Date.now() + 10 * 60_000));
  await page.getByTestId('live-form-title').fill(title);
  await page.getByTestId('live-form-date').fill(start.date);
  await page.getByTestId('live-form-time').fill(start.time);
  await page.getByTestId('live-form-submit').click();
  await expect(page.getByTestId('live-session-title')).toHaveText(title);
  await page.getByTestId('live-start').click();
  await expect(page.getByTestId('live-session-page')).toHaveAttribute('data-status', 'live');
  await page.getByTestId('live-join').click();
  await expect(page.getByTestId('room-joined')).toBeVisible();
}

/** Someone signs in on a device of her own and joins the session's room from her program's list. */
export async function joinOnAnotherDevice(browser: Browser, baseURL: string | undefined, email: string, title: string): Promise<Page> {
  const page = await pageOnAnotherDevice(browser, baseURL);
  await signIn(page, email, DEMO_PASSWORD);
  await openProgramTab(page, 'tab-live');
  await page.getByTestId('live-session').filter({ hasText: title }).getByTestId('live-join').click();
  await expect(page.getByTestId('room-joined')).toBeVisible();
  return page;
}

/** The video shows decoded frames and its time runs on. */
export async function expectPlaying(video: Locator): Promise<void> {
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 30_000 }).toBeGreaterThan(0);
  const before = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 }).toBeGreaterThan(before + 0.5);
}

/** Someone else's camera or screen on the page. */
export const remoteTile = (page: Page, kind: 'camera' | 'screen', name: string) =>
  page.locator(`[data-testid="media-tile"][data-mine="false"][data-kind="${kind}"]`).filter({ hasText: name });
