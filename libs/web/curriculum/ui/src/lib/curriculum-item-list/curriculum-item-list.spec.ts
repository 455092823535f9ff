import { TestBed } from '@angular/core/testing';
import type { CurriculumItem } from '@ecampus/shared/contracts';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CURRICULUM_I18N } from '../../i18n/curriculum.i18n';
import { CurriculumItemList } from './curriculum-item-list';

const anItem = (title: string): CurriculumItem => ({ id: `id-${title}`, programId: 'p1', title, createdAt: '2027-03-01T10:00:00.000Z' });

describe('CurriculumItemList', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CURRICULUM_I18N)] });
  });

  async function render(items: CurriculumItem[]) {
    const fixture = TestBed.createComponent(CurriculumItemList);
    fixture.componentRef.setInput('items', items);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    return { fixture, el, count: () => el.querySelector('[data-testid="curriculum-count"]')?.textContent?.trim() };
  }

  it('lists the items with their number, in German and English', async () => {
    const { fixture, el, count } = await render([anItem('Eins'), anItem('Zwei')]);
    expect(Array.from(el.querySelectorAll('[data-testid="curriculum-item"]'), (li) => li.textContent?.trim())).toEqual(['Eins', 'Zwei']);
    expect(count()).toBe('2 Einträge');

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(count()).toBe('2 items');
  });

  it('counts one item and none in words', async () => {
    expect((await render([anItem('Eins')])).count()).toBe('1 Eintrag');
    expect((await render([])).count()).toBe('Keine Einträge');
  });
});
