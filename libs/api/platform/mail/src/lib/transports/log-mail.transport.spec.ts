import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { LogMailTransport } from './log-mail.transport';
import type { MailMessage } from './mail-transport';

const link = 'http://localhost:3000/passwort-setzen?token=Zx9_geheim-1';
const message: MailMessage = {
  id: '7d2f3c1e-0000-4000-8000-000000000001',
  to: 'ida@example.org',
  subject: 'Einladung',
  text: `Bitte hier:\n${link}`,
  html: `<a href="${link}">Passwort festlegen</a>`,
  redacted: { text: 'Bitte hier:\n[entfernt]', html: '<a href="[entfernt]">Passwort festlegen</a>' },
};

describe('LogMailTransport', () => {
  let dir: string;
  let logged: string[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ecampus-mail-'));
    logged = [];
    jest.spyOn(Logger.prototype, 'log').mockImplementation((m: unknown) => void logged.push(String(m)));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('in development: logs the mail with its link and writes the .eml file', async () => {
    await new LogMailTransport(dir, 'eCampus <no-reply@ecampus.local>', true).send(message);
    expect(logged.join('\n')).toContain(link);
    const files = readdirSync(dir);
    expect(files).toEqual([expect.stringMatching(new RegExp(`-${message.id}\\.eml$`))]);
    expect(readFileSync(join(dir, files[0]), 'utf8')).toContain('Zx9_geheim-1');
  });

  it('elsewhere: logs the mail without its link and writes no file', async () => {
    const elsewhere = join(dir, 'mail');
    await new LogMailTransport(elsewhere, 'eCampus <no-reply@ecampus.local>', false).send(message);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('Mail an ida@example.org: "Einladung"');
    expect(logged[0]).toContain('Bitte hier:\n[entfernt]');
    expect(logged[0]).not.toContain('Zx9_geheim-1');
    expect(readdirSync(dir)).toEqual([]);
  });
});
