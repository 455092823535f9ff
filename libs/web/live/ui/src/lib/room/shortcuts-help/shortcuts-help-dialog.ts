import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { ROOM_SHORTCUTS } from '../room-shortcuts';

/** The room's keyboard shortcuts ("?" opens it). */
@Component({
  selector: 'ec-shortcuts-help-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shortcuts-help-dialog.html',
  styleUrl: './shortcuts-help-dialog.css',
})
export class ShortcutsHelpDialog {
  protected readonly shortcuts = ROOM_SHORTCUTS.map((s) => ({ ...s, label: `liveRoom.shortcuts.${s.action}` as const }));
}
