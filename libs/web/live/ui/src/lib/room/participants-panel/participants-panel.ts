import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { LiveHand, LiveParticipant } from '@ecampus/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

const ROLES = ['trainer', 'coordinator', 'mentor', 'mentee', 'admin'] as const;

/** The text key of a program role's label in the list. */
export function roleLabelKey(role: string): TranslationKey {
  const known = (ROLES as readonly string[]).includes(role) ? (role as (typeof ROLES)[number]) : 'other';
  return `liveRoom.participants.roles.${known}`;
}

/**
 * Who is in the room (moderators first, then by name) with their roles, the hand queue in raise
 * order, and for moderators: give or take the floor (with audio and video), lower a hand, mute or
 * unmute someone's chat, remove someone (the page confirms), lock the chat.
 */
@Component({
  selector: 'ec-participants-panel',
  imports: [NgTemplateOutlet, MatButtonModule, MatSlideToggleModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './participants-panel.html',
  styleUrl: './participants-panel.css',
})
export class ParticipantsPanel {
  readonly participants = input.required<readonly LiveParticipant[]>();
  readonly hands = input.required<readonly LiveHand[]>();
  readonly meId = input.required<string>();
  readonly moderator = input(false);
  readonly chatLocked = input(false);
  /** Audio and video are on: moderators give and take the floor here. */
  readonly media = input(false);
  /** Who holds the floor besides the moderators. */
  readonly floor = input<readonly string[]>([]);
  /** Whose microphone the moderators muted. */
  readonly micMuted = input<readonly string[]>([]);
  readonly dismissHand = output<string>();
  readonly mute = output<{ userId: string; muted: boolean }>();
  readonly remove = output<LiveParticipant>();
  readonly lockChat = output<boolean>();
  readonly floorChange = output<{ userId: string; granted: boolean }>();
  readonly micMute = output<{ userId: string; muted: boolean }>();

  protected isMicMuted(userId: string): boolean {
    return this.micMuted().includes(userId);
  }

  protected hasFloor(userId: string): boolean {
    return this.floor().includes(userId);
  }

  protected readonly sorted = computed(() =>
    [...this.participants()].sort((a, b) => Number(b.moderator) - Number(a.moderator) || a.displayName.localeCompare(b.displayName, 'de')),
  );
  protected readonly roleLabelKey = roleLabelKey;
}
