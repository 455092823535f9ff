import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ModuleSummary } from '@ecampus/shared/contracts';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CURRICULUM_I18N } from '../../i18n/curriculum.i18n';
import { ModuleList } from './module-list';

/** A module as the list gets it (ui may not use data-access's fixtures). */
const aModule = (overrides: Partial<ModuleSummary> & { id: string }): ModuleSummary => ({
  ...{ programId: 'p1', title: overrides.id, summary: '', learningGoals: [], position: 1, status: 'published' as const },
  ...{ releaseAt: null, prerequisiteModuleId: null, publishedAt: null, lessonCount: 0, estimatedMinutes: 0, lock: null },
  ...{
    progress: { lessonsCompleted: 0, lessonCount: 0, assignmentsApproved: 0, assignmentCount: 0, completed: false },
    createdAt: '2027-03-01T10:00:00Z',
    updatedAt: '2027-03-01T10:00:00Z',
  },
  ...overrides,
});

@Component({
  selector: 'ec-test-host',
  imports: [ModuleList],
  template: `<ec-module-list [modules]="modules()" [staff]="staff()" [canReorder]="staff()" (reorder)="apply($event)" />`,
})
class Host {
  readonly modules = signal<ModuleSummary[]>([]);
  readonly staff = signal(false);
  readonly orders: string[][] = [];

  apply(ids: string[]): void {
    this.orders.push(ids);
    this.modules.update((list) => ids.map((id) => list.find((m) => m.id === id) as ModuleSummary));
  }
}

describe('ModuleList', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CURRICULUM_I18N), provideRouter([])] });
  });

  async function render(modules: ModuleSummary[], staff: boolean) {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.modules.set(modules);
    fixture.componentInstance.staff.set(staff);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const items = () => Array.from(el.querySelectorAll<HTMLElement>('[data-testid="module-item"]'));
    return { fixture, el, items, host: fixture.componentInstance };
  }

  it('shows staff the status and lesson count, and reorders by the buttons', async () => {
    const { fixture, el, items, host } = await render(
      [aModule({ id: 'a', title: 'Facebook', lessonCount: 3 }), aModule({ id: 'b', title: 'Instagram', status: 'draft', lessonCount: 1 })],
      true,
    );
    expect(items().map((i) => i.querySelector('[data-testid="module-status"]')?.textContent?.trim())).toEqual([
      'Veröffentlicht',
      'Entwurf',
    ]);
    expect(el.querySelector('[data-testid="module-lesson-count"]')?.textContent?.trim()).toBe('3 Lektionen');

    const button = (title: string, which: 'move-up' | 'move-down') =>
      el.querySelector<HTMLButtonElement>(`[data-title="${title}"] [data-testid="${which}"]`);
    expect(button('Facebook', 'move-up')?.disabled).toBe(true);
    expect(button('Instagram', 'move-down')?.disabled).toBe(true);
    expect(button('Facebook', 'move-down')?.getAttribute('aria-label')).toBe('„Facebook“ nach unten');

    // The keyboard's way: the focus follows the moved module (to its other button at the end of the list).
    button('Facebook', 'move-down')?.focus();
    button('Facebook', 'move-down')?.click();
    await fixture.whenStable();
    expect(items().map((i) => i.dataset['title'])).toEqual(['Instagram', 'Facebook']);
    expect(document.activeElement).toBe(button('Facebook', 'move-up'));

    button('Facebook', 'move-up')?.click();
    await fixture.whenStable();
    expect(host.orders).toEqual([
      ['b', 'a'],
      ['a', 'b'],
    ]);
    expect(document.activeElement).toBe(button('Facebook', 'move-down'));
  });

  it('shows participants their progress and the locks, in German and English', async () => {
    const { fixture, el, items } = await render(
      [
        aModule({ id: 'a', title: 'Facebook', progress: { lessonsCompleted: 2, lessonCount: 3, assignmentsApproved: 0, assignmentCount: 0, completed: false } }),
        aModule({ id: 'b', lock: { releaseAt: null, prerequisite: { id: 'a', title: 'Facebook' } } }),
      ],
      false,
    );
    expect(el.querySelector('[data-testid="module-progress"]')?.textContent?.trim()).toBe('2 von 3 Lektionen');
    expect(items()[1]?.querySelector('[data-testid="module-lock"]')?.textContent?.trim()).toBe('Zuerst „Facebook“ abschließen');
    expect(el.querySelector('[data-testid="move-up"]')).toBeNull();

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="module-progress"]')?.textContent?.trim()).toBe('2 of 3 lessons');
    expect(items()[1]?.querySelector('[data-testid="module-lock"]')?.textContent?.trim()).toBe('Complete “Facebook” first');
  });
});
