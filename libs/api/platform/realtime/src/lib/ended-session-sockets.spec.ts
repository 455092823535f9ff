import type { EndedSessionsListener } from '@ecampus/api/platform/auth';
import { DEFAULT_LOCALE, setLocaleSource, type Locale } from '@ecampus/shared/contracts';
import { AsyncLocalStorage } from 'node:async_hooks';
import { closeSocketsOfEndedSessions, type SessionNamespace } from './ended-session-sockets';
import type { LocaleRunner } from './socket-locale';

const storage = new AsyncLocalStorage<Locale>();
const runWithLocale: LocaleRunner = (locale, fn) => storage.run(locale, fn);
beforeAll(() => setLocaleSource(() => storage.getStore() ?? DEFAULT_LOCALE));
afterAll(() => setLocaleSource(() => DEFAULT_LOCALE));

function fakeNamespace() {
  const notices: { socket: string; message: string }[] = [];
  const serverSide: string[][] = [];
  let remoteListener: ((ids: unknown) => void) | undefined;
  const socket = (id: string, locale: Locale) => ({
    data: { locale },
    emit: (_event: 'session:expired', payload: { message: string }) => notices.push({ socket: id, message: payload.message }) > 0,
    disconnect: () => undefined,
  });
  const nsp: SessionNamespace = {
    adapter: {
      rooms: new Map([
        ['auth-session:a', new Set(['s1', 's2'])],
        ['auth-session:b', new Set(['s3'])],
      ]),
    },
    sockets: new Map([
      ['s1', socket('s1', 'de')],
      ['s2', socket('s2', 'en')],
      ['s3', socket('s3', 'de')],
    ]),
    on: (_event, listener) => (remoteListener = listener),
    serverSideEmit: (_event, ids) => serverSide.push(ids),
  };
  return { nsp, notices, serverSide, remote: (ids: unknown) => remoteListener?.(ids) };
}

describe('closeSocketsOfEndedSessions', () => {
  it('closes the local sockets of sessions this process ended, each in its language, and tells the other processes', () => {
    const { nsp, notices, serverSide } = fakeNamespace();
    let listener: EndedSessionsListener | undefined;
    closeSocketsOfEndedSessions(nsp, { onEnded: (l) => ((listener = l), () => undefined) }, runWithLocale);
    listener?.(['a']);
    expect(serverSide).toEqual([['a']]);
    expect(notices).toEqual([
      { socket: 's1', message: 'Ihre Sitzung wurde beendet. Bitte melden Sie sich erneut an.' },
      { socket: 's2', message: 'Your session was ended. Please sign in again.' },
    ]);
  });

  it('closes the local sockets of sessions another process ended, ignoring malformed messages', () => {
    const { nsp, notices, serverSide, remote } = fakeNamespace();
    closeSocketsOfEndedSessions(nsp, { onEnded: () => () => undefined }, runWithLocale);
    remote('b');
    remote([42, 'b', 'unbekannt']);
    expect(notices).toEqual([{ socket: 's3', message: 'Ihre Sitzung wurde beendet. Bitte melden Sie sich erneut an.' }]);
    expect(serverSide).toEqual([]);
  });
});
