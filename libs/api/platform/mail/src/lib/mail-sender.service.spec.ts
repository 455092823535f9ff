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
    markSent: async (_id, at) => void (state && Object.assign(state, { status: 'sent', sentAt: at })),
    recordFailure: async (_id, error, final) =>
      void (state && Object.assign(state, { lastError: error, status: final ? 'failed' : state.status })),
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
});
