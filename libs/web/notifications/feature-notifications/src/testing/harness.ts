import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { Notice, NoticeList } from '@ecampus/shared/contracts';
import { LiveSocket, type LiveConnection } from '@ecampus/web/identity/data-access';
import { FakeLiveSocket } from '@ecampus/web/notifications/data-access/testing';
import { NOTIFICATIONS_I18N } from '@ecampus/web/notifications/ui';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { notificationsRoutes } from '../lib/notifications.routes';

@Component({ selector: 'ec-test-certificates', changeDetection: ChangeDetectionStrategy.OnPush, template: 'Meine Bescheinigungen' })
class CertificatesStandIn {}

/** Where the app mounts the page, and the page the sample notices lead to. */
const routes = [
  { path: 'benachrichtigungen', children: notificationsRoutes },
  { path: 'bescheinigungen', component: CertificatesStandIn },
];

export interface NotificationsTest {
  http: HttpTestingController;
  /** The `/live` socket the server pushes new notices on. */
  socket: FakeLiveSocket;
}

/** The providers of a bell or page spec: routes, i18n (with the domain's scope), HTTP testing, a fake socket. */
export function configureNotificationsTest(): NotificationsTest {
  localStorage.clear();
  const socket = new FakeLiveSocket();
  TestBed.configureTestingModule({
    providers: [
      provideTestI18n(NOTIFICATIONS_I18N),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(routes),
      provideNoopAnimations(),
      { provide: LiveSocket, useValue: { connection: signal(socket as unknown as LiveConnection), connected: signal(true) } },
    ],
  });
  return { http: TestBed.inject(HttpTestingController), socket };
}

export const listOf = (items: Notice[], unread = items.filter((n) => !n.readAt).length): NoticeList => ({
  items,
  total: items.length,
  unread,
});

/** Lets the store's promises settle, then renders. */
export async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

export const byTestId = (el: ParentNode, id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const allByTestId = (el: ParentNode, id: string) => Array.from(el.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
export const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() ?? '';
