import { ChangeDetectionStrategy, Component, ElementRef, booleanAttribute, input, output, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { UPLOAD_ACCEPT } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** The running upload as the picker shows it. */
export interface PickerProgress {
  readonly fileName: string;
  /** 0–100. */
  readonly percent: number;
}

let nextId = 0;

/**
 * Choosing files to upload: a drop zone and, for keyboards and screen readers, a "Datei
 * auswählen" button (the native file input behind it carries the accessible name and the test
 * id). While an upload runs it shows the file, a determinate progress bar and "Abbrechen". The
 * page checks and uploads what is picked.
 */
@Component({
  selector: 'ec-file-picker',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-picker.html',
  styleUrl: './file-picker.css',
})
export class FilePicker {
  /** The input's accessible name ("Material hochladen"). */
  readonly label = input.required<string>();
  /** What is accepted and up to which size, shown under the button. */
  readonly hint = input('');
  readonly accept = input(UPLOAD_ACCEPT);
  readonly multiple = input(false, { transform: booleanAttribute });
  readonly disabled = input(false, { transform: booleanAttribute });
  readonly progress = input<PickerProgress | null>(null);
  readonly inputTestId = input('file-input');
  readonly cancelTestId = input('file-cancel');
  readonly picked = output<File[]>();
  readonly cancelled = output<void>();

  protected readonly id = `ec-file-picker-${nextId++}`;
  protected readonly over = signal(false);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');

  protected choose(): void {
    this.input().nativeElement.click();
  }

  protected changed(): void {
    const input = this.input().nativeElement;
    const files = Array.from(input.files ?? []);
    // The same file can be picked again (after a cancel or a refusal).
    input.value = '';
    if (files.length) this.picked.emit(files);
  }

  protected dragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = this.busy() ? 'none' : 'copy';
    this.over.set(true);
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    if (this.busy()) return;
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length) this.picked.emit(this.multiple() ? files : files.slice(0, 1));
  }

  protected busy(): boolean {
    return this.disabled() || this.progress() !== null;
  }
}
