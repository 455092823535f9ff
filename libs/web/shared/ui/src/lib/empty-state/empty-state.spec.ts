import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EmptyState } from './empty-state';

@Component({
  selector: 'ec-host',
  imports: [EmptyState],
  template: `<ec-empty-state heading="Noch keine Programme" text="Bald geht es los." />`,
})
class Host {}

describe('EmptyState', () => {
  it('renders the empty state with heading, text and a decorative icon', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('ec-empty-state h2')?.textContent).toBe('Noch keine Programme');
    expect(el.querySelector('ec-empty-state p')?.textContent).toBe('Bald geht es los.');
    expect(el.querySelector('ec-icon')?.getAttribute('aria-hidden')).toBe('true');
  });
});
