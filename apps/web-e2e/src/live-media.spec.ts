import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { CHROMIUM_MEDIA_ARGS, CHROMIUM_PATH } from './support/chromium';
import { expectPlaying, joinOnAnotherDevice, remoteTile, startLiveSession, TRAINER } from './support/live';
import { DEMO_PASSWORD, signIn } from './support/sign-in';

/**
 * Issue 10: audio and video through Janus (the e2e run starts its own). Debian's Chromium with fake
 * camera, microphone and screen: the trainer turns on camera and screen, the mentee's page
 * receives both (frames decoded, time advancing); the mentee raises her hand, the trainer gives
 * her the floor, her camera reaches the trainer; taking the floor back ends it.
 */
const MENTEE = process.env['E2E_MENTEE_EMAIL'] ?? 'gisela.brandt@ecampus.example';
const MENTEE_NAME = 'Gisela Brandt';
const title = `Mit Bild und Ton ${Date.now().toString(36)}`;

test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_MEDIA_ARGS } });

test('Training sendet Kamera und Bildschirm, die Mentee sieht beides; mit erteiltem Wort sendet sie selbst', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);

  await signIn(page, TRAINER, DEMO_PASSWORD);
  await startLiveSession(page, title);

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
  const mentee = await joinOnAnotherDevice(browser, baseURL, MENTEE, title);
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
