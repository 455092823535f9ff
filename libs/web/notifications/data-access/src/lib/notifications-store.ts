import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { NOTICE_LIMITS, NoticeSchema, type ApiError, type Notice } from '@ecampus/shared/contracts';
import { LiveSocket, type LiveConnection } from '@ecampus/web/identity/data-access';
import { readApiError } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { NotificationsApi } from './notifications-api';

interface State {
  /** Newest first, at most `limit`. */
  notices: Notice[];
  /** Unread among all her notices (also those not loaded). */
  unread: number;
  loading: boolean;
  loaded: boolean;
  /** The last load failed; `error` holds the server's answer when there was one. */
  failed: boolean;
  error: ApiError | null;
}

const EMPTY: State = { notices: [], unread: 0, loading: false, loaded: false, failed: false, error: null };

/**
 * The signed-in person's notices, for the bell in the top bar and the page `/benachrichtigungen`
 * (one state for both: what is read on the page is read in the bell). New notices arrive over the
 * app's `/live` socket (`notification:new`); each (re)connect reads the list again, since events
 * sent while the socket was away are not repeated. Marking read shows at once and follows the
 * server's answer; when the server refuses, the list is read again. Signing out empties it.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly api = inject(NotificationsApi);
  private readonly liveSocket = inject(LiveSocket);
  private readonly state = signal<State>(EMPTY);
  private socket: LiveConnection | null = null;
  /** How many notices the last load asked for (the page asks for more than the bell). */
  private limit: number = NOTICE_LIMITS.list.default;
  /** Counts loads, so an older answer never overwrites a newer one. */
  private generation = 0;

  readonly notices = computed(() => this.state().notices);
  readonly unread = computed(() => this.state().unread);
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly failed = computed(() => this.state().failed);
  readonly error = computed(() => this.state().error);
  readonly empty = computed(() => this.state().loaded && this.state().notices.length === 0);

  private readonly onNew = (payload: Notice) => {
    const parsed = NoticeSchema.safeParse(payload);
    if (!parsed.success) return;
    const notice = parsed.data;
    this.state.update((s) =>
      s.notices.some((n) => n.id === notice.id)
        ? s
        : { ...s, notices: [notice, ...s.notices].slice(0, this.limit), unread: s.unread + (notice.readAt ? 0 : 1) },
    );
  };

  constructor() {
    // The socket appears after login and is replaced after a new one: follow it; none means signed out.
    effect(() => {
      const socket = this.liveSocket.connection();
      untracked(() => this.attach(socket));
    });
    // Every (re)connect: catch up on what was pushed while the socket was away.
    effect(() => {
      const connected = this.liveSocket.connected();
      untracked(() => {
        if (connected && this.state().loaded) void this.load();
      });
    });
  }

  /** Reads her newest `limit` notices (default: as many as the last load). */
  async load(limit: number = this.limit): Promise<void> {
    this.limit = Math.min(Math.max(1, limit), NOTICE_LIMITS.list.max);
    const generation = ++this.generation;
    this.state.update((s) => ({ ...s, loading: true, failed: false, error: null }));
    try {
      const list = await firstValueFrom(this.api.list(this.limit));
      if (generation !== this.generation) return;
      this.state.set({ notices: list.items, unread: list.unread, loading: false, loaded: true, failed: false, error: null });
    } catch (e) {
      if (generation !== this.generation) return;
      this.state.update((s) => ({ ...s, loading: false, failed: true, error: readApiError(e) }));
    }
  }

  /** Marks one read (nothing to do when it is). */
  async markRead(notice: Notice): Promise<void> {
    if (notice.readAt || !this.state().notices.some((n) => n.id === notice.id && !n.readAt)) return;
    const now = new Date().toISOString();
    this.state.update((s) => ({
      ...s,
      notices: s.notices.map((n) => (n.id === notice.id ? { ...n, readAt: now } : n)),
      unread: Math.max(0, s.unread - 1),
    }));
    try {
      const read = await firstValueFrom(this.api.markRead(notice.id));
      this.state.update((s) => ({ ...s, notices: s.notices.map((n) => (n.id === read.id ? read : n)) }));
    } catch {
      await this.load();
    }
  }

  /** Marks all her notices read (also those not loaded). */
  async markAllRead(): Promise<void> {
    if (this.state().unread === 0) return;
    const now = new Date().toISOString();
    this.state.update((s) => ({ ...s, notices: s.notices.map((n) => (n.readAt ? n : { ...n, readAt: now })), unread: 0 }));
    try {
      await firstValueFrom(this.api.markAllRead());
    } catch {
      await this.load();
    }
  }

  private attach(socket: LiveConnection | null): void {
    if (socket === this.socket) return;
    const signedOut = socket === null && this.socket !== null;
    this.socket?.off('notification:new', this.onNew);
    this.socket = socket;
    socket?.on('notification:new', this.onNew);
    if (signedOut) {
      this.generation++;
      this.limit = NOTICE_LIMITS.list.default;
      this.state.set(EMPTY);
    }
  }
}
