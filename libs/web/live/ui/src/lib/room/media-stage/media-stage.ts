import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** One video the stage shows: someone's camera or screen, hers from her own devices. */
export interface MediaTileView {
  key: string;
  name: string;
  kind: 'camera' | 'screen';
  stream: MediaStream;
  mine: boolean;
  talking: boolean;
}

/**
 * The videos of the room: shared screens as the big picture first, then the cameras in a grid
 * (one column on a phone); whoever speaks gets a frame and "spricht". Her own picture plays muted
 * (no echo).
 */
@Component({
  selector: 'ec-media-stage',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './media-stage.html',
  styleUrl: './media-stage.css',
})
export class MediaStage {
  readonly tiles = input.required<readonly MediaTileView[]>();
}
