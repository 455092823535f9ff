import type { ComponentFixture } from '@angular/core/testing';

/**
 * What a component spec does with the rendered page, by `data-testid`: find an element, type into
 * a field (input, then blur, as a person does), submit a form, confirm an open dialog (rendered in
 * the overlay, outside the component) and let pending work settle.
 */
export function pageHelpers(fixture: ComponentFixture<unknown>) {
  const el = fixture.nativeElement as HTMLElement;
  const $ = (testId: string) => el.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  /** Lets promises and timers of `ms` run out (a dialog's exit animation ends on a timer), then renders. */
  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await fixture.whenStable();
  };
  const type = (testId: string, value: string) => {
    const input = $(testId) as HTMLInputElement | HTMLTextAreaElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const submit = async (formTestId: string) => {
    $(formTestId)?.dispatchEvent(new Event('submit'));
    await settle();
  };
  const confirm = async (buttonTestId: string) => {
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>(`[data-testid="${buttonTestId}"]`)?.click();
    await fixture.whenStable();
  };
  return { el, $, settle, type, submit, confirm };
}
