import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { RouterOutlet, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { curriculumRoutes } from '../lib/curriculum.routes';
import { progressRoutes } from '../lib/progress/progress.routes';
import { reviewRoutes } from '../lib/review/review.routes';

/** Stands in for the program home: the tab renders below a page that holds `:programId`. */
@Component({ selector: 'ec-test-program-home', imports: [RouterOutlet], template: '<router-outlet />' })
class ProgramHome {}

/** The curriculum's routes where the app mounts them, for the page specs. */
const routes = [
  {
    path: 'programme/:programId',
    component: ProgramHome,
    children: [
      { path: 'module', children: curriculumRoutes },
      { path: 'pruefen', children: reviewRoutes },
      { path: 'fortschritt', children: progressRoutes },
    ],
  },
];

/** The providers of a page spec: the routes with input binding, i18n (the route's guard loads the scope), HTTP testing. */
export function configureCurriculumTest(): HttpTestingController {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideTestI18n(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(routes, withComponentInputBinding()),
      provideNoopAnimations(),
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

export const byTestId = (el: HTMLElement, id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const textOf = (el: HTMLElement, id: string) => byTestId(el, id)?.textContent?.trim() ?? '';

/** Types into an input or textarea the way a person does (an `input` event). */
export function type(el: HTMLElement, id: string, value: string): void {
  const field = byTestId(el, id) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!field) throw new Error(`no field ${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}
