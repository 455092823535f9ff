import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTestI18n } from '../testing';
import { defineI18nScope } from './i18n-scope';
import { I18nService, LANGUAGE_STORAGE_KEY } from './i18n-service';
import { TranslatePipe } from './translate-pipe';

// A domain scope of this spec only (domains declare theirs the same way beside their dictionaries).
const demoDe = { greeting: 'Hallo {name}', meetings: '{count, plural, one {# Treffen} other {# Treffen}}' } as const;
const demoEn = { greeting: 'Hello {name}', meetings: '{count, plural, one {# meeting} other {# meetings}}' };
declare module './i18n-types' {
  interface Translations {
    demo: typeof demoDe;
  }
}
const loads: string[] = [];
const DEMO_I18N = defineI18nScope('demo', {
  de: () => Promise.resolve().then(() => (loads.push('de'), demoDe)),
  en: () => Promise.resolve().then(() => (loads.push('en'), demoEn)),
});

@Component({
  selector: 'ec-host',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>{{ 'shell.logout' | t }}</h1>
    <p>{{ 'home.welcome' | t: { name: 'Anna' } }}</p>
    <span>{{ { de: 'Lesesaal', en: 'Reading room' } | t }}</span>`,
})
class Host {}

@Component({
  selector: 'ec-scoped-host',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>{{ 'demo.meetings' | t: { count: count } }}</p>`,
})
class ScopedHost {
  count = 1;
}

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
    loads.length = 0;
  });

  describe('with the app texts', () => {
    beforeEach(() => TestBed.configureTestingModule({ providers: [provideTestI18n()] }));

    it('speaks German by default and sets <html lang>', () => {
      const i18n = TestBed.inject(I18nService);
      expect(i18n.language()).toBe('de');
      expect(i18n.t('shell.logout')).toBe('Abmelden');
      expect(document.documentElement.lang).toBe('de');
    });

    it('fills placeholders and leaves unknown ones visible', () => {
      const i18n = TestBed.inject(I18nService);
      expect(i18n.t('home.welcome', { name: 'Anna' })).toBe('Willkommen, Anna!');
      expect(i18n.t('home.welcome', {})).toContain('{name}');
    });

    it('switches language at runtime, persists the choice and updates <html lang>', () => {
      const i18n = TestBed.inject(I18nService);
      i18n.setLanguage('en');
      expect(i18n.t('shell.logout')).toBe('Sign out');
      expect(i18n.language()).toBe('en');
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
      expect(document.documentElement.lang).toBe('en');
    });

    it('restores the stored language and ignores garbage in storage', () => {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
      expect(TestBed.inject(I18nService).language()).toBe('en');

      TestBed.resetTestingModule();
      TestBed.configureTestingModule({ providers: [provideTestI18n()] });
      localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingonisch');
      expect(TestBed.inject(I18nService).language()).toBe('de');
    });

    it('re-renders OnPush templates through the t pipe when the language changes', async () => {
      const fixture = TestBed.createComponent(Host);
      await fixture.whenStable();
      const el: HTMLElement = fixture.nativeElement;
      expect(el.querySelector('h1')?.textContent).toBe('Abmelden');
      expect(el.querySelector('p')?.textContent).toBe('Willkommen, Anna!');
      expect(el.querySelector('span')?.textContent).toBe('Lesesaal');

      TestBed.inject(I18nService).setLanguage('en');
      await fixture.whenStable();
      expect(el.querySelector('h1')?.textContent).toBe('Sign out');
      expect(el.querySelector('p')?.textContent).toBe('Welcome, Anna!');
      expect(el.querySelector('span')?.textContent).toBe('Reading room');
    });
  });

  describe('with a domain scope', () => {
    it('loads the scope lazily, only in the language shown, and renders it when it arrives', async () => {
      TestBed.configureTestingModule({ providers: [provideTestI18n(DEMO_I18N)] });
      const fixture = TestBed.createComponent(ScopedHost);
      await fixture.whenStable();
      expect(loads).toEqual(['de']);
      expect((fixture.nativeElement as HTMLElement).textContent).toBe('1 Treffen');
      expect(TestBed.inject(I18nService).t('demo.greeting', { name: 'Anna' })).toBe('Hallo Anna');
    });

    it('loads the scope in the new language before switching, so no key shows in between', async () => {
      TestBed.configureTestingModule({ providers: [provideTestI18n(DEMO_I18N)] });
      const fixture = TestBed.createComponent(ScopedHost);
      fixture.componentInstance.count = 3;
      await fixture.whenStable();
      const i18n = TestBed.inject(I18nService);

      i18n.setLanguage('en');
      // The English texts are on their way: the page stays German until they are there.
      expect(i18n.language()).toBe('de');
      expect(i18n.t('demo.meetings', { count: 3 })).toBe('3 Treffen');

      await fixture.whenStable();
      expect(loads).toEqual(['de', 'en']);
      expect(i18n.language()).toBe('en');
      expect((fixture.nativeElement as HTMLElement).textContent).toBe('3 meetings');
      expect(document.documentElement.lang).toBe('en');
    });

    it('lets the last of two quick switches win', async () => {
      TestBed.configureTestingModule({ providers: [provideTestI18n(DEMO_I18N)] });
      const i18n = TestBed.inject(I18nService);
      await i18n.loadScope(DEMO_I18N);
      i18n.setLanguage('en');
      i18n.setLanguage('de');
      await new Promise((resolve) => setTimeout(resolve));
      expect(i18n.language()).toBe('de');
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
    });

    it('shows the keys (and logs) when a scope cannot be loaded, without failing the caller', async () => {
      const broken = defineI18nScope('demo', {
        de: () => Promise.reject(new Error('offline')),
        en: () => Promise.reject(new Error('offline')),
      });
      const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      TestBed.configureTestingModule({ providers: [provideTestI18n()] });
      const i18n = TestBed.inject(I18nService);
      await expect(i18n.loadScope(broken)).resolves.toBeUndefined();
      expect(i18n.t('demo.greeting')).toBe('demo.greeting');
      expect(error).toHaveBeenCalled();
      error.mockRestore();
    });
  });
});
