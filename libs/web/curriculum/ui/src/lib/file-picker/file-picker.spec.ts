import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CURRICULUM_I18N } from '../../i18n/curriculum.i18n';
import { FilePicker, type PickerProgress } from './file-picker';

@Component({
  selector: 'ec-test-host',
  imports: [FilePicker],
  template: `<ec-file-picker
    label="Material hochladen"
    hint="höchstens 25 MB"
    inputTestId="upload"
    cancelTestId="cancel"
    [progress]="progress()"
    (picked)="picked.push($event)"
    (cancelled)="cancels = cancels + 1"
  />`,
})
class Host {
  readonly progress = signal<PickerProgress | null>(null);
  readonly picked: File[][] = [];
  cancels = 0;
}

describe('FilePicker', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CURRICULUM_I18N)] });
  });

  it('hands on a chosen or dropped file, and shows a running upload with its cancel', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const input = el.querySelector<HTMLInputElement>('[data-testid="upload"]');
    expect(input?.getAttribute('aria-label')).toBe('Material hochladen');
    expect(input?.accept).toBe('.pdf,.png,.jpg,.jpeg,.webp,.docx,.pptx,.xlsx');
    expect(el.querySelector('button')?.textContent?.trim()).toBe('Datei auswählen');

    const file = new File(['x'], 'a.pdf');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input?.dispatchEvent(new Event('change'));
    const drop = new Event('drop') as DragEvent;
    const second = new File(['y'], 'b.png');
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [second, file] } });
    el.querySelector('.zone')?.dispatchEvent(drop);
    expect(fixture.componentInstance.picked).toEqual([[file], [second]]);

    fixture.componentInstance.progress.set({ fileName: 'a.pdf', percent: 40 });
    await fixture.whenStable();
    expect(el.querySelector('.file')?.textContent).toBe('„a.pdf“ wird hochgeladen: 40 %');
    const bar = el.querySelector('mat-progress-bar');
    expect(bar?.getAttribute('aria-valuenow')).toBe('40');
    expect(bar?.getAttribute('aria-labelledby')).toBe(el.querySelector('.file')?.id);
    el.querySelector<HTMLButtonElement>('[data-testid="cancel"]')?.click();
    expect(fixture.componentInstance.cancels).toBe(1);
    expect(input?.disabled).toBe(true);
  });
});
