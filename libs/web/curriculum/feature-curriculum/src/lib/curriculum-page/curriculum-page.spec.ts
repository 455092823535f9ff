import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, RouterOutlet } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { listOf, type CurriculumItem } from '@ecampus/shared/contracts';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { curriculumRoutes } from '../curriculum.routes';

const api = '/api/programs/p1/curriculum';
const anItem = (title: string): CurriculumItem => ({ id: `id-${title}`, programId: 'p1', title, createdAt: '2027-03-01T10:00:00.000Z' });

/** Stands in for the program home: the tab renders below a page that holds `:programId`. */
@Component({ selector: 'ec-test-program-home', imports: [RouterOutlet], template: '<router-outlet />' })
class ProgramHome {}

const routes = [{ path: 'programme/:programId', component: ProgramHome, children: [{ path: 'curriculum', children: curriculumRoutes }] }];
const pageUrl = '/programme/p1/curriculum';

/** Lets the store's promise settle before the page renders its result. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

describe('CurriculumPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      // The route's guard loads the domain's texts, as in the app.
      providers: [provideTestI18n(), provideHttpClient(), provideHttpClientTesting(), provideRouter(routes), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(items: CurriculumItem[]) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(pageUrl);
    http.expectOne(api).flush(listOf(items));
    await settled();
    await harness.fixture.whenStable();
    const el: HTMLElement = harness.fixture.nativeElement;
    return {
      harness,
      el,
      titles: () => Array.from(el.querySelectorAll('[data-testid="curriculum-item"]'), (li) => li.textContent?.trim()),
    };
  }

  function submitTitle(el: HTMLElement, title: string) {
    const input = el.querySelector<HTMLInputElement>('[data-testid="curriculum-title"]');
    if (!input) throw new Error('no title field');
    input.value = title;
    input.dispatchEvent(new Event('input'));
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
  }

  it('shows the items it loaded', async () => {
    const { el, titles } = await open([anItem('Eins'), anItem('Zwei')]);
    expect(el.querySelector('h2')?.textContent).toContain('Curriculum');
    expect(titles()).toEqual(['Eins', 'Zwei']);
  });

  it('adds an item: posts the title and lists the answer', async () => {
    const { harness, el, titles } = await open([]);
    expect(el.textContent).toContain('Noch keine Einträge');

    submitTitle(el, 'Neu');
    const req = http.expectOne({ method: 'POST', url: api });
    expect(req.request.body).toEqual({ title: 'Neu' });
    req.flush(anItem('Neu'));
    await settled();
    await harness.fixture.whenStable();
    expect(titles()).toEqual(['Neu']);
  });

  it('shows the server’s refusal at the form', async () => {
    const { harness, el } = await open([anItem('Eins')]);

    submitTitle(el, 'Eins');
    http
      .expectOne({ method: 'POST', url: api })
      .flush({ statusCode: 409, code: 'conflict', message: 'Diesen Titel gibt es schon.' }, { status: 409, statusText: 'Conflict' });
    await settled();
    await harness.fixture.whenStable();
    expect(el.textContent).toContain('Diesen Titel gibt es schon.');
  });
});
