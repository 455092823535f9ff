import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { CHROMIUM_MEDIA_ARGS, CHROMIUM_PATH } from './support/chromium';
import { openProgramTab } from './support/curriculum';
import { DEMO_PASSWORD, pageOnAnotherDevice, signIn } from './support/sign-in';

/**
 * Issue 10: audio and video through Janus (the e2e run starts its own). Debian's Chromium with fake
 * camera, microphone and screen: the trainer turns on camera and screen, the mentee's page
 * receives both (frames decoded, time advancing); the mentee raises her hand, the trainer gives
 * her the floor, her camera reaches the trainer; taking the floor back ends it.
 */
const TRAINER = process.env['E2E_TRAINER_EMAIL'] ?? 'training@ecampus.example';
const MENTEE = process.env['E2E_MENTEE_EMAIL'] ?? 'gisela.brandt@ecampus.example';
const MENTEE_NAME = 'Gisela Brandt';
const title = `Mit Bild und Ton ${Date.now().toString(36)}`;

test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_MEDIA_ARGS } });

/** dd.MM.yyyy and HH:mm of a moment, in the browser's (and this process's) time zone. */
function dateAndTime(at: Date): { date: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${pad(at.getDate())}.${pad(at.getMonth() + 1)}.${at.getFullYear()}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** The video shows decoded frames and its time runs on. */
async function expectPlaying(video: Locator): Promise<void> {
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 20_000 }).toBeGreaterThan(0);
  const before = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 }).toBeGreaterThan(before + 0.5);
}

const remoteTile = (page: Page, kind: 'camera' | 'screen', name: string) =>
  page.locator(`[data-testid="media-tile"][data-mine="false"][data-kind="${kind}"]`).filter({ hasText: name });

test('Training sendet Kamera und Bildschirm, die Mentee sieht beides; mit erteiltem Wort sendet sie selbst', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);

  await signIn(page, TRAINER, DEMO_PASSWORD);
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

  // The trainer: camera with microphone, then her screen.
  await expect(page.getByTestId('media-camera')).toBeEnabled();
  await page.getByTestId('media-camera').click();
  // The check first: her preview plays, the fake devices are listed by name.
  await expectPlaying(page.getByTestId('prejoin-preview'));
  await expect(page.getByTestId('prejoin-camera')).toBeVisible();
  await expectAccessible(page, 'Kamera und Mikrofon prüfen');
  await page.getByTestId('prejoin-start').click();
  await expect(page.getByTestId('media-camera')).toHaveAttribute('aria-pressed', 'true');
  await expectPlaying(page.locator('[data-testid="media-tile"][data-mine="true"][data-kind="camera"] video'));
  await page.getByTestId('media-screen').click();
  await expect(page.getByTestId('media-screen')).toHaveAttribute('aria-pressed', 'true');

  // The mentee joins and receives both; she has no floor yet.
  const mentee = await pageOnAnotherDevice(browser, baseURL);
  await signIn(mentee, MENTEE, DEMO_PASSWORD);
  await openProgramTab(mentee, 'tab-live');
  await mentee.getByTestId('live-session').filter({ hasText: title }).getByTestId('live-join').click();
  await expect(mentee.getByTestId('room-joined')).toBeVisible();
  await expect(mentee.getByTestId('media-no-floor')).toBeVisible();
  await expectPlaying(remoteTile(mentee, 'camera', 'Miriam Schäfer').locator('video'));
  await expectPlaying(remoteTile(mentee, 'screen', 'Miriam Schäfer').locator('video'));
  await expectAccessible(mentee, 'Raum mit Bild und Ton (Mentee)');

  // She raises her hand; the trainer gives her the floor; her camera reaches the trainer.
  await mentee.getByTestId('hand-button').click();
  await page.getByTestId('tab-participants').click();
  const hand = page.getByTestId('hand-entry').filter({ hasText: MENTEE_NAME });
  await hand.getByTestId('hand-floor').click();
  await expect(hand.getByTestId('hand-floor')).toHaveText(/Wort entziehen/);
  await expect(mentee.getByTestId('media-camera')).toBeVisible();
  await mentee.getByTestId('media-camera').click();
  await mentee.getByTestId('prejoin-start').click();
  await expectPlaying(remoteTile(page, 'camera', MENTEE_NAME).locator('video'));
  await expectAccessible(page, 'Raum mit Bild und Ton (Training)');

  // The trainer mutes her microphone (Janus stops forwarding it); she is told why.
  const row = page.getByTestId('participant').filter({ hasText: MENTEE_NAME });
  await row.getByTestId('participant-mic').click();
  await expect(row.getByTestId('participant-mic-muted')).toBeVisible();
  await expect(mentee.getByTestId('media-muted-by-moderator')).toBeVisible();
  await expect(mentee.getByTestId('media-mic')).toBeDisabled();
  await row.getByTestId('participant-mic').click();
  await expect(mentee.getByTestId('media-muted-by-moderator')).toHaveCount(0);

  // The floor taken back: her camera leaves the trainer's page, her buttons give way to the notice.
  await hand.getByTestId('hand-floor').click();
  await expect(remoteTile(page, 'camera', MENTEE_NAME)).toHaveCount(0, { timeout: 15_000 });
  await expect(mentee.getByTestId('media-no-floor')).toBeVisible();

  // Simulcast: on a wide screen she receives the trainer's camera in a high layer; on a phone
  // (360 px) Janus is asked for the low one (a quarter of the width); the videos stack above the panel.
  const trainerCamera = remoteTile(mentee, 'camera', 'Miriam Schäfer').locator('video');
  const width = () => trainerCamera.evaluate((v: HTMLVideoElement) => v.videoWidth);
  await expect.poll(width, { timeout: 30_000 }).toBeGreaterThan(400);
  await mentee.setViewportSize({ width: 360, height: 800 });
  await expect.poll(width, { timeout: 20_000 }).toBeLessThanOrEqual(400);
  await expect(remoteTile(mentee, 'camera', 'Miriam Schäfer')).toBeVisible();
  await mentee.context().close();
});
