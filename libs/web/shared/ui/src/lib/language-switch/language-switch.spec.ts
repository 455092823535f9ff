import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Language } from '@ecampus/web/shared/util-i18n';
import { LanguageSwitch } from './language-switch';

@Component({
  selector: 'ec-host',
  imports: [LanguageSwitch],
  template: `<ec-language-switch [language]="language()" label="Sprache" (languageChange)="language.set($event)" />`,
})
class Host {
  readonly language = signal<Language>('de');
}

describe('LanguageSwitch', () => {
  it('reports the chosen language', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="language-switch"]')?.getAttribute('aria-label')).toBe('Sprache');
    el.querySelector<HTMLButtonElement>('[data-testid="language-en"] button')?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.language()).toBe('en');
  });
});
