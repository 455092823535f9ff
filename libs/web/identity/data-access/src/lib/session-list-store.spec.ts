import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf } from '@ecampus/shared/contracts';
import { aSession, aUser } from '../testing';
import { AuthStore } from './auth-store';
import { SessionListStore } from './session-list-store';

const aSessionUsed = (id: string, lastUsedAt: string, current = false) => aSession({ id, lastUsedAt, current });

describe('SessionListStore', () => {
  let store: SessionListStore;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [SessionListStore, AuthStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(SessionListStore);
    backend = TestBed.inject(HttpTestingController);
    const load = store.load();
    backend
      .expectOne('/api/me/sessions')
      .flush(
        listOf([
          aSessionUsed('old', '2026-11-02T08:00:00.000Z'),
          aSessionUsed('new', '2026-11-20T08:00:00.000Z'),
          aSessionUsed('me', '2026-11-03T08:00:00.000Z', true),
        ]),
      );
    await load;
  });

  afterEach(() => backend.verify());

  it('lists this device first, then by last use', () => {
    expect(store.sessions().map((s) => s.id)).toEqual(['me', 'new', 'old']);
    expect(store.others().map((s) => s.id)).toEqual(['new', 'old']);
  });

  it('ends one session, and all others one by one', async () => {
    const one = store.end('old');
    const req = backend.expectOne('/api/me/sessions/old');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await one;
    expect(store.sessions().map((s) => s.id)).toEqual(['me', 'new']);

    const others = store.endOthers();
    backend.expectOne('/api/me/sessions/new').flush(null, { status: 204, statusText: 'No Content' });
    await others;
    expect(store.sessions().map((s) => s.id)).toEqual(['me']);
  });

  it('logs out everywhere and signs out here too', async () => {
    const auth = TestBed.inject(AuthStore);
    const login = auth.login({ email: 'a@ecampus.example', password: 'x' });
    backend.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user: aUser() });
    await login;

    const done = store.logoutEverywhere();
    const req = backend.expectOne('/api/auth/logout-all');
    expect(req.request.method).toBe('POST');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(auth.isAuthenticated()).toBe(false);
  });
});
