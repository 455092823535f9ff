import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Language } from '@ecampus/web/shared/util-i18n';
import { EmptyState } from './empty-state/empty-state';
import { LanguageSwitch } from './language-switch/language-switch';

@Component({
  selector: 'ec-host',
  imports: [EmptyState, LanguageSwitch],
  template: `
    <ec-empty-state heading="Noch keine Programme" text="Bald geht es los." />
    <ec-language-switch [language]="language()" label="Sprache" (languageChange)="language.set($event)" />
  `,
})
class Host {
  readonly language = signal<Language>('de');
}

describe('shared ui', () => {
  it('renders the empty state with heading, text and a decorative icon', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('ec-empty-state h2')?.textContent).toBe('Noch keine Programme');
    expect(el.querySelector('ec-empty-state p')?.textContent).toBe('Bald geht es los.');
    expect(el.querySelector('ec-icon')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('language switch reports the chosen language', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="language-switch"]')?.getAttribute('aria-label')).toBe('Sprache');
    el.querySelector<HTMLButtonElement>('[data-testid="language-en"] button')?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.language()).toBe('en');
  });
});
