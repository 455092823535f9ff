import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { injectAccountSections, provideAccountSection } from './account-sections';

@Component({ selector: 'ec-person-notes', changeDetection: ChangeDetectionStrategy.OnPush, template: '{{ userId() }}' })
class PersonNotes {
  readonly userId = input.required<string>();
}

describe('account sections', () => {
  it('lists the registered sections in their order', () => {
    TestBed.configureTestingModule({
      providers: [
        provideAccountSection({ id: 'notes', order: 20, load: () => Promise.resolve(PersonNotes) }),
        provideAccountSection({ id: 'programs', order: 10, load: () => Promise.resolve(PersonNotes) }),
      ],
    });
    expect(TestBed.runInInjectionContext(injectAccountSections).map((s) => s.id)).toEqual(['programs', 'notes']);
  });

  it('is empty when no domain registered one', () => {
    expect(TestBed.runInInjectionContext(injectAccountSections)).toEqual([]);
  });
});
