import { Injectable, computed, inject } from '@angular/core';
import type { CalendarFeed } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { LiveSessionsApi } from './live-sessions-api';

const NONE: CalendarFeed = { url: null, createdAt: null };

/**
 * The caller's private calendar feed (an iCal address with a secret token that calendar apps
 * subscribe to). Provided by the live tab's route. Mutations reject with the HTTP error.
 */
@Injectable()
export class CalendarFeedStore {
  private readonly api = inject(LiveSessionsApi);
  private readonly state = loadable<CalendarFeed>(NONE);

  readonly feed = this.state.value;
  readonly url = computed(() => this.feed().url);
  readonly loading = this.state.loading;
  readonly loaded = this.state.loaded;
  readonly failed = this.state.failed;
  readonly error = this.state.error;

  load(): Promise<void> {
    return this.state.load(() => firstValueFrom(this.api.getFeed()));
  }

  /** A (new) address: the old one stops working. */
  async create(): Promise<CalendarFeed> {
    const feed = await firstValueFrom(this.api.createFeed());
    this.state.update(() => feed);
    return feed;
  }

  async revoke(): Promise<void> {
    await firstValueFrom(this.api.revokeFeed());
    this.state.update(() => NONE);
  }
}
