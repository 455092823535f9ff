import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { DialogFrame } from '../dialog-frame/dialog-frame';
import type { SubmitState } from '../form-actions/form-actions';

/** What a confirmation asks, and what it does when confirmed. */
export interface ConfirmDialogData {
  readonly heading: string;
  /** What will happen, in a sentence or two. */
  readonly text: string;
  readonly confirmLabel: string;
  readonly busyLabel?: string;
  /** `data-testid` of the confirm button. */
  readonly confirmTestId?: string;
  /** The action's submit state (a `formSubmit()` of the calling page): busy flag and its messages. */
  readonly submission: SubmitState;
  /**
   * Runs the action, e.g. `() => this.archiving.run(() => this.store.archive(id))`; resolves true
   * when it succeeded. Until then the dialog stays open and shows why it failed.
   */
  readonly confirm: () => Promise<boolean>;
}

/**
 * "Really?" before an action that changes much at once (archive a program, deactivate an account):
 * what will happen, Abbrechen, and the action. A failure stays in the dialog with the server's words.
 * Open it with `ConfirmDialog.open(dialog, data)`, which resolves true when the action ran.
 */
@Component({
  selector: 'ec-confirm-dialog',
  imports: [ReactiveFormsModule, DialogFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './confirm-dialog.html',
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ConfirmDialog, boolean>>(MatDialogRef);
  /** The dialog submits like every form; it has no fields of its own. */
  protected readonly form = new FormGroup({});

  static open(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
    const ref = dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '30rem', maxWidth: '95vw' });
    return firstValueFrom(ref.afterClosed()).then((done) => done === true);
  }

  async submit(): Promise<void> {
    if (await this.data.confirm()) this.dialogRef.close(true);
  }
}
