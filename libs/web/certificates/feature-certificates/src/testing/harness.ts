import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { RouterOutlet, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeLiveSocket } from '@ecampus/web/certificates/data-access/testing';
import { LiveSocket, type LiveConnection } from '@ecampus/web/identity/data-access';
import { FileDownload } from '@ecampus/web/shared/data-access';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { certificatesRoutes } from '../lib/certificates.routes';
import { myCertificatesRoutes } from '../lib/mine/my-certificates.routes';
import { verifyRoutes } from '../lib/verify/verify.routes';

/** Stands in for the program home: the tab renders below a page that holds `:programId`. */
@Component({ selector: 'ec-test-program-home', imports: [RouterOutlet], template: '<router-outlet />' })
class ProgramHome {}

/** The certificates' routes where the app mounts them, for the page specs. */
const routes = [
  { path: 'programme/:programId', component: ProgramHome, children: [{ path: 'bescheinigungen', children: certificatesRoutes }] },
  { path: 'bescheinigungen', children: myCertificatesRoutes },
  { path: 'verify', children: verifyRoutes },
];

export interface CertificatesTest {
  http: HttpTestingController;
  /** The `/live` socket the server pushes the batch progress on. */
  socket: FakeLiveSocket;
  /** The PDF downloads asked for: URL and file name. */
  downloads: [string, string][];
}

/** The providers of a page spec: the routes with input binding, i18n (the route's guard loads the scope), HTTP testing, a fake socket and download. */
export function configureCertificatesTest(): CertificatesTest {
  localStorage.clear();
  const socket = new FakeLiveSocket();
  const downloads: [string, string][] = [];
  const download = (url: string, name: string) => {
    downloads.push([url, name]);
    return Promise.resolve();
  };
  TestBed.configureTestingModule({
    providers: [
      provideTestI18n(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(routes, withComponentInputBinding()),
      provideNoopAnimations(),
      { provide: LiveSocket, useValue: { connection: signal(socket as unknown as LiveConnection), connected: signal(true) } },
      { provide: FileDownload, useValue: { download } },
    ],
  });
  return { http: TestBed.inject(HttpTestingController), socket, downloads };
}

/** Lets the stores' promises settle, then renders. */
export async function settle(harness: RouterTestingHarness): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
  await harness.fixture.whenStable();
}

export async function openPage(url: string): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  return { harness, el: harness.fixture.nativeElement as HTMLElement };
}

export const byTestId = (el: ParentNode, id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const allByTestId = (el: ParentNode, id: string) => Array.from(el.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
export const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() ?? '';

/** The open dialog (rendered in the overlay, outside the page). */
export function openDialog(): HTMLElement {
  const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
  if (!dialog) throw new Error('no dialog');
  return dialog;
}

/** Types into an input or textarea the way a person does (an `input` event, then blur). */
export function type(el: ParentNode, id: string, value: string): void {
  const field = byTestId(el, id) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!field) throw new Error(`no field ${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('blur'));
}
