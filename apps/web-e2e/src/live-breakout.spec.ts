import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { CHROMIUM_MEDIA_ARGS, CHROMIUM_PATH } from './support/chromium';
import { expectPlaying, joinOnAnotherDevice, remoteTile, startLiveSession, TRAINER } from './support/live';
import { DEMO_PASSWORD, signIn } from './support/sign-in';

/**
 * Issue 10: breakout rooms per tandem with audio and video through Janus (the e2e run starts its
 * own). The trainer opens one room per tandem; in each room the tandem's two browsers see and hear
 * each other (decoded frames, an audio level above zero from the partner's fake microphone) and
 * nothing of the other tandem; the trainer closes the rooms and everyone is back in the main room.
 */
const TANDEMS = [
  {
    room: 'Tandem Lena Hoffmann & Gisela Brandt',
    people: [
      { email: 'gisela.brandt@ecampus.example', name: 'Gisela Brandt' },
      { email: 'lena.hoffmann@ecampus.example', name: 'Lena Hoffmann' },
    ],
  },
  {
    room: 'Tandem Sophie Krüger & Renate Vogel',
    people: [
      { email: 'renate.vogel@ecampus.example', name: 'Renate Vogel' },
      { email: 'sophie.krueger@ecampus.example', name: 'Sophie Krüger' },
    ],
  },
];
const title = `Gruppenarbeit ${Date.now().toString(36)}`;

test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_MEDIA_ARGS } });

/**
 * The loudest level (0–1) heard so far from a received stream: Web Audio measures the audio track
 * of the tile's video (Chromium's fake microphone beeps once a second).
 */
async function loudestLevel(video: Locator): Promise<number> {
  return video.evaluate((v: HTMLVideoElement & { __level?: { max: number } }) => {
    if (!v.__level) {
      const state = { max: 0 };
      v.__level = state;
      const stream = v.srcObject as MediaStream;
      const context = new AudioContext();
      void context.resume();
      const analyser = context.createAnalyser();
      analyser.fftSize = 2048;
      context.createMediaStreamSource(stream).connect(analyser);
      const samples = new Float32Array(analyser.fftSize);
      const measure = () => {
        analyser.getFloatTimeDomainData(samples);
        for (const s of samples) state.max = Math.max(state.max, Math.abs(s));
      };
      setInterval(measure, 50);
    }
    return v.__level.max;
  });
}

const remoteCamera = (page: Page, name: string) => remoteTile(page, 'camera', name);

test('Training öffnet Gruppenräume je Tandem: jedes Tandem sieht und hört sich, nicht das andere; danach sind alle zurück', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);

  await signIn(page, TRAINER, DEMO_PASSWORD);
  await startLiveSession(page, title);

  // Both tandems join (each person on her own device).
  const people: { page: Page; name: string; partner: string; room: string; other: string[] }[] = [];
  for (const [i, tandem] of TANDEMS.entries())
    for (const [j, person] of tandem.people.entries())
      people.push({
        page: await joinOnAnotherDevice(browser, baseURL, person.email, title),
        name: person.name,
        partner: tandem.people[1 - j].name,
        room: tandem.room,
        other: TANDEMS[1 - i].people.map((p) => p.name),
      });

  // The trainer opens the rooms: one per tandem is proposed; she opens them as they are.
  await page.getByTestId('breakout-board-toggle').click();
  const board = page.getByTestId('breakout-board');
  await expect(board).toBeVisible();
  for (const tandem of TANDEMS) {
    const room = board.locator(`[data-testid="breakout-room"][data-room-name="${tandem.room}"]`);
    await expect(room).toBeVisible();
    for (const person of tandem.people)
      await expect(room.locator(`[data-testid="breakout-person"][data-user-name="${person.name}"]`)).toBeVisible();
  }
  await expectAccessible(page, 'Gruppenräume planen');
  await page.getByTestId('breakout-minutes').fill('20');
  await page.getByTestId('breakout-open').click();
  await expect(page.getByTestId('breakout-close')).toBeVisible();
  await expect(page.getByTestId('breakout-remaining')).toContainText(/1[89]:\d\d|20:00/);

  // Everyone is in her tandem's room and turns her camera (with microphone) on.
  for (const p of people) {
    await expect(p.page.getByTestId('breakout-banner')).toContainText(p.room);
    await expect(p.page.getByTestId('media-camera')).toBeEnabled();
    await p.page.getByTestId('media-camera').click();
    await p.page.getByTestId('prejoin-start').click();
    await expect(p.page.getByTestId('media-camera')).toHaveAttribute('aria-pressed', 'true');
  }
  await expectAccessible(people[0].page, 'Gruppenraum (Mentee)');

  // Each sees and hears her partner, and nobody of the other tandem.
  for (const p of people) {
    const partner = remoteCamera(p.page, p.partner).locator('video');
    await expectPlaying(partner);
    await expect.poll(() => loudestLevel(partner), { timeout: 20_000 }).toBeGreaterThan(0.01);
    for (const name of p.other) await expect(remoteCamera(p.page, name)).toHaveCount(0);
  }

  // Chat stays inside the room too.
  const [gisela, lena, renate] = people;
  await gisela.page.getByTestId('tab-chat').click();
  await gisela.page.getByTestId('chat-input').fill('Lena, zeigst du mir die Stories?');
  await gisela.page.getByTestId('chat-input').press('Enter');
  await lena.page.getByTestId('tab-chat').click();
  await expect(lena.page.getByTestId('chat-message').filter({ hasText: 'zeigst du mir die Stories' })).toBeVisible();
  await renate.page.getByTestId('tab-chat').click();
  await expect(renate.page.getByTestId('chat-message').filter({ hasText: 'zeigst du mir die Stories' })).toHaveCount(0);

  // A call for help reaches the trainer's board; a message to all rooms reaches everyone.
  await renate.page.getByTestId('breakout-help').click();
  await expect(board.locator(`[data-testid="breakout-room"][data-room-name="${TANDEMS[1].room}"]`)).toContainText('Hilfe');
  await page.getByTestId('breakout-broadcast-text').fill('Noch fünf Minuten, dann zurück ins Plenum');
  await page.getByTestId('breakout-broadcast-send').click();
  for (const p of people) await expect(p.page.getByTestId('breakout-broadcast-message')).toContainText('Noch fünf Minuten');

  // The trainer closes the rooms: everyone is back in the main room, the partners' cameras are gone.
  await page.getByTestId('breakout-close').click();
  for (const p of people) {
    await expect(p.page.getByTestId('breakout-banner')).toHaveCount(0, { timeout: 15_000 });
    await expect(p.page.getByTestId('room-joined')).toBeVisible();
    await expect(remoteCamera(p.page, p.partner)).toHaveCount(0, { timeout: 15_000 });
  }
  await expect(renate.page.getByTestId('chat-message').filter({ hasText: 'zeigst du mir die Stories' })).toHaveCount(0);
  for (const p of people) await p.page.context().close();
});
