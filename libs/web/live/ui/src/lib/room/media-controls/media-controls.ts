import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

export type MediaProblemView = 'denied' | 'notFound' | 'inUse' | 'failed' | 'noFloor' | 'unavailable';

/**
 * Her media buttons: camera with microphone, screen, mute, picture off — or why she cannot (no
 * media server, not live yet, no floor), and a device problem explained in plain words.
 */
@Component({
  selector: 'ec-media-controls',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './media-controls.html',
  styleUrl: './media-controls.css',
})
export class MediaControls {
  readonly available = input(false);
  readonly live = input(false);
  readonly canPublish = input(false);
  readonly cameraOn = input(false);
  readonly screenOn = input(false);
  readonly micMuted = input(false);
  readonly pictureOff = input(false);
  /** A moderator muted her microphone: Janus does not forward it until released. */
  readonly mutedByModerator = input(false);
  /** What is starting right now (its button waits). */
  readonly busy = input<'camera' | 'screen' | null>(null);
  readonly problem = input<MediaProblemView | null>(null);
  readonly camera = output<void>();
  readonly screen = output<void>();
  readonly mic = output<void>();
  readonly picture = output<void>();
  readonly dismissProblem = output<void>();

  protected problemKey(problem: MediaProblemView): TranslationKey {
    return `liveRoom.media.problems.${problem}`;
  }
}
