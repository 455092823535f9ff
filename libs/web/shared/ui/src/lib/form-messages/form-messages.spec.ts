import { TestBed } from '@angular/core/testing';
import { FormMessages } from './form-messages';

describe('FormMessages', () => {
  const render = (messages: string[], inputs: Record<string, unknown> = {}) => {
    const fixture = TestBed.createComponent(FormMessages);
    fixture.componentRef.setInput('messages', messages);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  };

  it('announces each message as an alert', () => {
    const el = render(['Bitte einen Namen angeben', 'Die Person ist schon Mitglied.']);
    const alerts = Array.from(el.querySelectorAll('[role="alert"]'), (p) => p.textContent?.trim());
    expect(alerts).toEqual(['Bitte einen Namen angeben', 'Die Person ist schon Mitglied.']);
  });

  it('renders nothing without messages and carries the test id when given', () => {
    expect(render([]).querySelectorAll('p')).toHaveLength(0);
    expect(render(['x'], { testId: 'create-tandem-error' }).querySelector('[data-testid="create-tandem-error"]')).not.toBeNull();
  });

  it('shows a boxed notice with a decorative icon, as a status when it is only information', () => {
    const el = render(['Ihre Sitzung ist abgelaufen.'], { boxed: true, tone: 'info' });
    const box = el.querySelector('p');
    expect(box?.getAttribute('role')).toBe('status');
    expect(box?.classList).toContain('info');
    expect(box?.querySelector('ec-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(box?.textContent?.trim()).toBe('Ihre Sitzung ist abgelaufen.');
  });
});
