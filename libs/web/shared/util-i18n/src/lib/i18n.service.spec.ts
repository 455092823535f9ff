import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService, LANGUAGE_STORAGE_KEY } from './i18n.service';
import { TranslatePipe } from './translate.pipe';

@Component({
  selector: 'ec-host',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>{{ 'login.title' | t }}</h1><p>{{ 'home.welcome' | t: { name: 'Anna' } }}</p>`,
})
class HostComponent {}

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  it('speaks German by default and sets <html lang>', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.language()).toBe('de');
    expect(i18n.t('login.submit')).toBe('Anmelden');
    expect(document.documentElement.lang).toBe('de');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('home.welcome', { name: 'Anna' })).toBe('Willkommen, Anna!');
    expect(i18n.t('setPassword.passwordTooShort', {})).toContain('{min}');
  });

  it('switches language at runtime, persists the choice and updates <html lang>', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('en');
    expect(i18n.t('login.submit')).toBe('Sign in');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('restores the stored language and ignores garbage in storage', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(TestBed.inject(I18nService).language()).toBe('en');

    TestBed.resetTestingModule();
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingonisch');
    expect(TestBed.inject(I18nService).language()).toBe('de');
  });

  it('re-renders OnPush templates through the t pipe when the language changes', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('h1')?.textContent).toBe('Anmelden');
    expect(el.querySelector('p')?.textContent).toBe('Willkommen, Anna!');

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(el.querySelector('h1')?.textContent).toBe('Sign in');
    expect(el.querySelector('p')?.textContent).toBe('Welcome, Anna!');
  });
});
