import { TestBed } from '@angular/core/testing';
import { FormMessagesComponent } from './form-messages.component';

describe('FormMessagesComponent', () => {
  const render = (messages: string[], testId = '') => {
    const fixture = TestBed.createComponent(FormMessagesComponent);
    fixture.componentRef.setInput('messages', messages);
    if (testId) fixture.componentRef.setInput('testId', testId);
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
    expect(render(['x'], 'create-tandem-error').querySelector('[data-testid="create-tandem-error"]')).not.toBeNull();
  });
});
