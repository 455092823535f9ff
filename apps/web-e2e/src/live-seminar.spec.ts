import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { openDialog } from './support/dialog';
import { openProgramTab } from './support/curriculum';
import { DEMO_PASSWORD, expectNoSidewaysScrolling, pageOnAnotherDevice, signIn } from './support/sign-in';
import { dateAndTime } from './support/live';

/**
 * Issue 9: the trainer schedules a live seminar and starts it; the mentee joins from the program's
 * "Live-Seminare" tab; they chat, she raises her hand, votes in the trainer's poll and follows the
 * slides (the demo handout, a PDF material of a published module); the trainer ends the seminar,
 * the mentee's room says so, and the trainer finds her in the attendance and its CSV. Two browser
 * contexts, two people. Demo accounts from `seed:demo`.
 */
const TRAINER = process.env['E2E_TRAINER_EMAIL'] ?? 'training@ecampus.example';
const MENTEE = process.env['E2E_MENTEE_EMAIL'] ?? 'gisela.brandt@ecampus.example';
const MENTEE_NAME = 'Gisela Brandt';

// Unique per run, so the spec also works against a server that already ran it.
const run = Date.now().toString(36);
const title = `Sprechstunde live ${run}`;

/** Opens a tab of the room's side panel. */
async function roomTab(page: Page, tab: 'participants' | 'chat' | 'questions' | 'poll' | 'notes'): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
}

test('Training plant und startet ein Live-Seminar, die Mentee nimmt teil, chattet, meldet sich, stimmt ab und folgt den Folien; die Anwesenheit steht danach bereit', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);

  // The trainer schedules a seminar starting in ten minutes (participants may join from 15 before).
  await signIn(page, TRAINER, DEMO_PASSWORD);
  await openProgramTab(page, 'tab-live');
  await expect(page.getByRole('heading', { level: 2, name: 'Live-Seminare', exact: true })).toBeVisible();
  await expectAccessible(page, 'Live-Seminare (Training)');
  await page.getByTestId('live-create').click();
  const form = page.getByTestId('live-session-form');
  await expect(form).toBeVisible();
  const start = dateAndTime(new Date(Date.now() + 10 * 60_000));
  await page.getByTestId('live-form-title').fill(title);
  await page.getByTestId('live-form-description').fill('Fragen zur Bürgersprechstunde online, mit Umfrage.');
  await page.getByTestId('live-form-date').fill(start.date);
  await page.getByTestId('live-form-time').fill(start.time);
  await expectAccessible(page, 'Neues Live-Seminar');
  await page.getByTestId('live-form-submit').click();
  await expect(page.getByTestId('live-session-title')).toHaveText(title);
  await expect(page.getByTestId('live-session-page')).toHaveAttribute('data-status', 'scheduled');
  await expectAccessible(page, 'Live-Seminar (Training)');

  // … starts it and enters the room.
  await page.getByTestId('live-start').click();
  await expect(page.getByTestId('live-session-page')).toHaveAttribute('data-status', 'live');
  await page.getByTestId('live-join').click();
  await expect(page.getByTestId('room-joined')).toBeVisible();
  await expect(page.getByTestId('room-title')).toHaveText(title);

  // The mentee finds it in the list of her program and joins.
  const mentee = await pageOnAnotherDevice(browser, baseURL);
  await signIn(mentee, MENTEE, DEMO_PASSWORD);
  await openProgramTab(mentee, 'tab-live');
  const item = mentee.getByTestId('live-session').filter({ hasText: title });
  await expect(item).toBeVisible();
  await expectAccessible(mentee, 'Live-Seminare (Mentee)');
  await item.getByTestId('live-join').click();
  await expect(mentee.getByTestId('room-joined')).toBeVisible();
  await expect(mentee.getByTestId('room-toolbar')).toHaveCount(0);

  // Both see each other.
  await roomTab(page, 'participants');
  await expect(page.getByTestId('participant').filter({ hasText: MENTEE_NAME })).toBeVisible();
  await roomTab(mentee, 'participants');
  await expect(mentee.getByTestId('participant').filter({ hasText: 'Miriam Schäfer' })).toBeVisible();
  await expectAccessible(mentee, 'Raum (Mentee)');

  // Chat: her message reaches the trainer, the answer reaches her.
  await roomTab(mentee, 'chat');
  await mentee.getByTestId('chat-input').fill('Guten Abend! Ich bin dabei.');
  await mentee.getByTestId('chat-input').press('Enter');
  await roomTab(page, 'chat');
  await expect(page.getByTestId('chat-message').filter({ hasText: 'Guten Abend! Ich bin dabei.' })).toBeVisible();
  await page.getByTestId('chat-input').fill('Willkommen, Frau Brandt!');
  await page.getByTestId('chat-send').click();
  await expect(mentee.getByTestId('chat-message').filter({ hasText: 'Willkommen, Frau Brandt!' })).toBeVisible();

  // She raises her hand: first in the queue, and the trainer sees it.
  await mentee.getByTestId('hand-button').click();
  await expect(mentee.getByTestId('hand-button')).toContainText('Platz 1');
  await roomTab(page, 'participants');
  await expect(page.getByTestId('hand-entry').filter({ hasText: MENTEE_NAME })).toBeVisible();
  await expectAccessible(page, 'Raum (Training, Teilnehmende)');

  // A poll: the trainer opens it, she votes, the trainer closes it, both see the result.
  await roomTab(page, 'poll');
  const pollDialog = await openDialog(page, page.getByTestId('poll-start'));
  await pollDialog.getByTestId('poll-question-input').fill('Wie oft bieten Sie eine Sprechstunde an?');
  await pollDialog.getByTestId('poll-option-input-0').fill('Jede Woche');
  await pollDialog.getByTestId('poll-option-input-1').fill('Einmal im Monat');
  await pollDialog.getByTestId('poll-submit').click();
  await expect(page.getByTestId('poll-question')).toHaveText('Wie oft bieten Sie eine Sprechstunde an?');
  await roomTab(mentee, 'poll');
  await mentee.getByRole('radio', { name: 'Einmal im Monat' }).check();
  await mentee.getByTestId('poll-vote').click();
  await expect(mentee.getByTestId('poll-voted')).toBeVisible();
  await expect(page.getByTestId('poll-vote-count')).toContainText('1');
  await page.getByTestId('poll-close').click();
  for (const p of [page, mentee]) await expect(p.getByTestId('poll-results')).toContainText('Einmal im Monat');
  await expectAccessible(mentee, 'Raum (Mentee, Umfrage)');

  // Slides: the trainer shows the demo handout; she follows to page 2.
  await page.getByTestId('slide-material').click();
  await page.getByRole('option').first().click();
  await expect(page.getByTestId('slide-page')).toContainText('Folie 1 von 4');
  await expect(mentee.getByTestId('slide-page')).toContainText('Folie 1 von 4');
  await page.getByTestId('slide-next').click();
  await expect(mentee.getByTestId('slide-page')).toContainText('Folie 2 von 4');
  await expectAccessible(page, 'Raum (Training, Folie)');

  // The room on a phone: the panel below the stage, nothing wider than the screen.
  await mentee.setViewportSize({ width: 360, height: 740 });
  await expectNoSidewaysScrolling(mentee);
  await expectAccessible(mentee, 'Raum (Mentee), 360 px');

  // The trainer ends the seminar; the mentee's room says so.
  await page.getByTestId('room-end').click();
  await page.getByTestId('room-end-confirm').click();
  await expect(mentee.getByTestId('room-ended')).toBeVisible();
  await expectAccessible(mentee, 'Raum beendet (Mentee)');

  // Attendance: the trainer finds her on the session page and downloads the CSV.
  await page.goto('/programme');
  await openProgramTab(page, 'tab-live');
  await page.getByTestId('live-past-toggle').click();
  await page.getByTestId('live-session').filter({ hasText: title }).getByTestId('live-session-link').click();
  await expect(page.getByTestId('live-session-page')).toHaveAttribute('data-status', 'ended');
  await expect(page.getByTestId('live-attendance-row').filter({ hasText: MENTEE_NAME })).toBeVisible();
  await expectAccessible(page, 'Anwesenheit (Training)');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('live-attendance-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^anwesenheit-.*\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv).toContain(MENTEE_NAME);
  expect(csv.split('\n')[0]).toContain('Minuten');
});
