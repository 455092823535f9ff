import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { LIVE_ROOM_LIMITS, type LiveNotes } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * Shared notes: moderators open or close them for everyone; whoever may edit types, the store
 * saves after a pause. When someone else saved first, the notice says so and the current text shows.
 */
@Component({
  selector: 'ec-notes-panel',
  imports: [MatFormFieldModule, MatInputModule, MatSlideToggleModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notes-panel.html',
  styleUrl: './notes-panel.css',
})
export class NotesPanel {
  /** Null for participants while the notes are closed. */
  readonly notes = input.required<LiveNotes | null>();
  /** The text shown: her unsaved edit, or the saved notes. */
  readonly text = input.required<string>();
  readonly canEdit = input(false);
  readonly moderator = input(false);
  readonly conflict = input(false);
  readonly saving = input(false);
  readonly edit = output<string>();
  readonly setOpen = output<boolean>();

  protected readonly max = LIVE_ROOM_LIMITS.notes.max;

  protected onInput(event: Event): void {
    this.edit.emit((event.target as HTMLTextAreaElement).value);
  }
}
