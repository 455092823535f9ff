import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { DialogFrame } from './dialog-frame';

@Component({
  selector: 'ec-host',
  imports: [ReactiveFormsModule, DialogFrame],
  template: `
    <form [formGroup]="form" (ngSubmit)="submitted = submitted + 1">
      <ec-dialog-frame
        heading="Tandem bilden"
        submitLabel="Tandem bilden"
        busyLabel="Wird gespeichert …"
        submitTestId="frame-submit"
        messagesTestId="frame-error"
        [submission]="{ busy, messages }"
      >
        <input formControlName="goals" data-testid="goals" />
      </ec-dialog-frame>
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({ goals: new FormControl('') });
  readonly busy = signal(false);
  readonly messages = signal<string[]>([]);
  submitted = 0;
}

describe('DialogFrame', () => {
  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(), { provide: MatDialogRef, useValue: { close: jest.fn() } }] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('frames the projected fields with title, messages and an action bar that submits the form', async () => {
    const { fixture, el } = await render();
    expect(el.querySelector('h2')?.textContent).toBe('Tandem bilden');
    expect(el.querySelector('mat-dialog-content [data-testid="goals"]')).not.toBeNull();
    const buttons = Array.from(el.querySelectorAll('mat-dialog-actions button'), (b) => b.textContent?.trim());
    expect(buttons).toEqual(['Abbrechen', 'Tandem bilden']);

    el.querySelector<HTMLButtonElement>('[data-testid="frame-submit"]')?.click();
    expect(fixture.componentInstance.submitted).toBe(1);

    fixture.componentInstance.messages.set(['Erika ist schon in einem Tandem.']);
    fixture.componentInstance.busy.set(true);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="frame-error"]')?.textContent).toContain('Erika ist schon in einem Tandem.');
    const submit = el.querySelector<HTMLButtonElement>('[data-testid="frame-submit"]');
    expect(submit?.disabled).toBe(true);
    expect(submit?.getAttribute('aria-busy')).toBe('true');
    expect(submit?.textContent).toContain('Wird gespeichert …');
  });
});
