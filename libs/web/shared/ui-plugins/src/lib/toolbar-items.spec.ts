import { ApplicationRef, ChangeDetectionStrategy, Component, InjectionToken, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { injectToolbarItems, loadToolbarItems, provideToolbarItem } from './toolbar-items';

@Component({ selector: 'ec-bell', changeDetection: ChangeDetectionStrategy.OnPush, template: 'Glocke' })
class Bell {}

@Component({ selector: 'ec-help', changeDetection: ChangeDetectionStrategy.OnPush, template: 'Hilfe' })
class Help {}

const CHOSEN = new InjectionToken<string>('CHOSEN');

describe('toolbar items', () => {
  it('lists the registered items in their order', () => {
    TestBed.configureTestingModule({
      providers: [
        provideToolbarItem({ id: 'help', order: 20, load: () => Promise.resolve(Help) }),
        provideToolbarItem({ id: 'bell', order: 10, load: () => Promise.resolve(Bell) }),
      ],
    });
    expect(TestBed.runInInjectionContext(injectToolbarItems).map((i) => i.id)).toEqual(['bell', 'help']);
  });

  it('loads them in an injection context, in their order, leaving out one that fails', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let chosen = '';
    TestBed.configureTestingModule({
      providers: [
        { provide: CHOSEN, useValue: 'Glocke' },
        provideToolbarItem({ id: 'broken', order: 5, load: () => Promise.reject(new Error('Netz weg')) }),
        provideToolbarItem({ id: 'help', order: 20, load: () => Promise.resolve(Help) }),
        provideToolbarItem({
          id: 'bell',
          order: 10,
          load: () => {
            chosen = inject(CHOSEN);
            return Promise.resolve(Bell);
          },
        }),
      ],
    });
    const items = TestBed.runInInjectionContext(loadToolbarItems);
    expect(items()).toEqual([]);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(items().map((i) => [i.id, i.component])).toEqual([
      ['bell', Bell],
      ['help', Help],
    ]);
    expect(chosen).toBe('Glocke');
    expect(errors).toHaveBeenCalledWith('Toolbar item "broken" could not be loaded', expect.any(Error));
    errors.mockRestore();
  });

  it('is empty when no domain registered one', () => {
    expect(TestBed.runInInjectionContext(injectToolbarItems)).toEqual([]);
    expect(TestBed.runInInjectionContext(loadToolbarItems)()).toEqual([]);
  });
});
