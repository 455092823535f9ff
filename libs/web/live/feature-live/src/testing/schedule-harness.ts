import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { RouterOutlet, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LIVE_TIME_SOURCE } from '@ecampus/web/live/data-access';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { liveRoutes } from '../lib/live.routes';

/** Stands in for the program home: the tab renders below a page that holds `:programId`. */
@Component({ selector: 'ec-test-program-home', imports: [RouterOutlet], template: '<router-outlet />' })
class ProgramHome {}

/** A clock the spec moves by hand (the pages read it through LiveClock). */
export const testClock = { now: Date.parse('2027-03-01T12:00:00Z') };

/** The providers of a scheduling page spec: the live routes where the app mounts them, i18n, HTTP testing, the hand-moved clock. */
export function configureLiveTest(now: string): HttpTestingController {
  localStorage.clear();
  testClock.now = Date.parse(now);
  TestBed.configureTestingModule({
    providers: [
      provideTestI18n(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(
        [{ path: 'programme/:programId', component: ProgramHome, children: [{ path: 'live', children: liveRoutes }] }],
        withComponentInputBinding(),
      ),
      provideNoopAnimations(),
      { provide: LIVE_TIME_SOURCE, useValue: () => testClock.now },
    ],
  });
  return TestBed.inject(HttpTestingController);
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

/** Types into an input or textarea the way a person does (an `input` event, then blur). */
export function type(el: HTMLElement, id: string, value: string): void {
  const field = byTestId(el, id) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!field) throw new Error(`no field ${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('blur'));
}
