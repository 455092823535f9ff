import type { MailOutboxEntity } from './entities/mail-outbox.entity';
import { MailNotFoundError, MailSenderService } from './mail-sender.service';
import type { MailMessage, MailTransport } from './transports/mail-transport';

function setup(row: Partial<MailOutboxEntity> | null, transport: Partial<MailTransport> = {}) {
  const state = row
    ? ({
        id: 'm1',
        to: 'a@example.org',
        subject: 'S',
        text: 'T',
        html: null,
        status: 'pending',
        attempts: 0,
        lastError: null,
        ...row,
      } as MailOutboxEntity)
    : null;
  const repo: ConstructorParameters<typeof MailSenderService>[0] = {
    findById: async () => state && { ...state },
    recordAttempt: async () => void (state && state.attempts++),
    markSent: async (_id, at, redacted) =>
      void (state && Object.assign(state, { status: 'sent', sentAt: at }, redacted && { ...redacted, secret: null })),
    recordFailure: async (_id, error, final, redacted) =>
      void (
        state &&
        Object.assign(
          state,
          { lastError: error, status: final ? 'failed' : state.status },
          final && redacted && { ...redacted, secret: null },
        )
      ),
  };
  const sent: MailMessage[] = [];
  const t: MailTransport = { send: async (m) => void sent.push(m), ...transport };
  return { service: new MailSenderService(repo, t), state, sent };
}

describe('MailSenderService', () => {
  it('sends a pending mail once and marks it sent', async () => {
    const { service, state, sent } = setup({});
    await expect(service.send('m1', false)).resolves.toBe('sent');
    expect(sent).toHaveLength(1);
    expect(state).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('does not send a mail that is already sent (idempotent job)', async () => {
    const { service, sent } = setup({ status: 'sent' });
    await expect(service.send('m1', false)).resolves.toBe('already-sent');
    expect(sent).toHaveLength(0);
  });

  it('records a transport error and rethrows so BullMQ retries; the last attempt marks it failed', async () => {
    const { service, state } = setup({}, { send: async () => Promise.reject(new Error('SMTP 451')) });
    await expect(service.send('m1', false)).rejects.toThrow('SMTP 451');
    expect(state).toMatchObject({ status: 'pending', lastError: 'SMTP 451', attempts: 1 });
    await expect(service.send('m1', true)).rejects.toThrow('SMTP 451');
    expect(state).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('retries while the row is not visible yet', async () => {
    await expect(setup(null).service.send('m1', false)).rejects.toBeInstanceOf(MailNotFoundError);
  });

  describe('a mail with a secret (a one-time link)', () => {
    const link = 'https://campus.example/passwort-setzen?token=Zx9_geheim-1';
    const row = {
      text: `Bitte hier:\n${link}\nDanke`,
      html: `<p><a href="${link}">Passwort festlegen</a></p>`,
      secret: link,
    };

    it('delivers the link, then keeps the mail without it', async () => {
      const { service, state, sent } = setup(row);
      await service.send('m1', false);
      expect(sent[0].text).toContain(link);
      expect(sent[0].html).toContain(link);
      expect(sent[0].redacted).toEqual({
        text: 'Bitte hier:\n[entfernt]\nDanke',
        html: '<p><a href="[entfernt]">Passwort festlegen</a></p>',
      });
      expect(state).toMatchObject({ status: 'sent', secret: null, text: sent[0].redacted.text, html: sent[0].redacted.html });
      expect(JSON.stringify(state)).not.toContain('Zx9_geheim-1');
    });

    it('keeps it for a retry, drops it when the last attempt fails, and never logs or records it', async () => {
      const { service, state } = setup(row, { send: async () => Promise.reject(new Error(`refused ${link}`)) });
      await expect(service.send('m1', false)).rejects.toThrow();
      expect(state).toMatchObject({ status: 'pending', secret: link, text: row.text, lastError: 'refused [entfernt]' });
      await expect(service.send('m1', true)).rejects.toThrow();
      expect(state).toMatchObject({ status: 'failed', secret: null });
      expect(JSON.stringify(state)).not.toContain('Zx9_geheim-1');
    });

    it('finds the link also HTML-escaped', async () => {
      const amp = 'https://campus.example/x?a=1&token=Zx9_geheim-1';
      const { service, state } = setup({
        text: amp,
        html: `<a href="https://campus.example/x?a=1&amp;token=Zx9_geheim-1">x</a>`,
        secret: amp,
      });
      await service.send('m1', false);
      expect(state).toMatchObject({ text: '[entfernt]', html: '<a href="[entfernt]">x</a>' });
    });
  });

  it('leaves a mail without a secret as it was', async () => {
    const { service, state, sent } = setup({ text: 'Hallo', html: '<p>Hallo</p>' });
    await service.send('m1', false);
    expect(sent[0].redacted).toEqual({ text: 'Hallo', html: '<p>Hallo</p>' });
    expect(state).toMatchObject({ status: 'sent', text: 'Hallo', html: '<p>Hallo</p>' });
  });
});
