import { TestBed } from '@angular/core/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { NavBadge } from './nav-badge';

describe('NavBadge', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n()] });
  });

  async function render(count: number) {
    const fixture = TestBed.createComponent(NavBadge);
    fixture.componentRef.setInput('count', count);
    fixture.componentRef.setInput('label', {
      de: `${count} Abgaben warten auf Prüfung`,
      en: `${count} submissions waiting for review`,
    });
    fixture.componentRef.setInput('testId', 'review-count-badge');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, badge: () => el.querySelector<HTMLElement>('[data-testid="review-count-badge"]') };
  }

  it('shows the number to the eye and the label to screen readers, in the current language', async () => {
    const { fixture, el, badge } = await render(3);
    expect(badge()?.textContent?.trim()).toBe('3');
    expect(badge()?.getAttribute('aria-hidden')).toBe('true');
    expect(badge()?.getAttribute('title')).toBe('3 Abgaben warten auf Prüfung');
    expect(el.querySelector('.cdk-visually-hidden')?.textContent).toBe(', 3 Abgaben warten auf Prüfung');

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(el.querySelector('.cdk-visually-hidden')?.textContent).toBe(', 3 submissions waiting for review');
  });

  it('renders nothing at 0 and caps large numbers', async () => {
    const { fixture, el, badge } = await render(0);
    expect(el.textContent?.trim()).toBe('');
    fixture.componentRef.setInput('count', 120);
    await fixture.whenStable();
    expect(badge()?.textContent?.trim()).toBe('99+');
    expect(badge()?.getAttribute('data-count')).toBe('120');
  });
});
