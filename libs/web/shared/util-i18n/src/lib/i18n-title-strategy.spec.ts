import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestI18n } from '../testing';
import { defineI18nScope, loadI18nScope } from './i18n-scope';
import { TITLE_TEXT } from './i18n-title-strategy';
import { I18nService } from './i18n-service';

const shelfDe = { title: 'Regal' } as const;
declare module './i18n-types' {
  interface Translations {
    shelf: typeof shelfDe;
  }
}
const SHELF_I18N = defineI18nScope('shelf', { de: async () => shelfDe, en: async () => ({ title: 'Shelf' }) });

@Component({ selector: 'ec-page', template: 'page' })
class Page {}

describe('I18nTitleStrategy', () => {
  async function titleAfter(url: string): Promise<Title> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(),
        provideRouter([
          { path: 'start', title: 'home.title', component: Page },
          // A plug-in's page: its title in both languages on the parent, the page sets none.
          {
            path: 'plugin',
            data: { [TITLE_TEXT]: { de: 'Lesesaal', en: 'Reading room' } },
            children: [{ path: '', component: Page }],
          },
          // A domain's own title key wins over the label it inherits; its scope loads first.
          {
            path: 'shelf',
            canActivate: [loadI18nScope(SHELF_I18N)],
            data: { [TITLE_TEXT]: { de: 'Etikett', en: 'Label' } },
            children: [{ path: '', title: 'shelf.title', component: Page }],
          },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
    return TestBed.inject(Title);
  }

  it('translates key titles and follows the language', async () => {
    const title = await titleAfter('/start');
    expect(title.getTitle()).toBe('Startseite – eCampus');
    TestBed.inject(I18nService).setLanguage('en');
    TestBed.tick();
    expect(title.getTitle()).toBe('Start page – eCampus');
  });

  it('takes a title given in both languages from the route data', async () => {
    const title = await titleAfter('/plugin');
    expect(title.getTitle()).toBe('Lesesaal – eCampus');
    TestBed.inject(I18nService).setLanguage('en');
    TestBed.tick();
    expect(title.getTitle()).toBe('Reading room – eCampus');
  });

  it("prefers the deepest route's key, from the scope its guard loaded", async () => {
    const title = await titleAfter('/shelf');
    expect(title.getTitle()).toBe('Regal – eCampus');
  });
});
