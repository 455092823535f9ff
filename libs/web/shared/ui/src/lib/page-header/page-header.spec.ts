import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PageHeader } from './page-header';

@Component({
  selector: 'ec-host',
  imports: [PageHeader],
  template: `<ec-page-header heading="Konten" intro="Alle Konten des eCampus." [level]="2"
    ><button type="button">Konto anlegen</button></ec-page-header
  >`,
})
class Host {}

describe('PageHeader', () => {
  it('shows the heading at its level, the intro and the actions', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('h2')?.textContent).toBe('Konten');
    expect(el.querySelector('h1')).toBeNull();
    expect(el.querySelector('.intro')?.textContent).toBe('Alle Konten des eCampus.');
    expect(el.querySelector('.actions button')?.textContent).toBe('Konto anlegen');
  });
});
