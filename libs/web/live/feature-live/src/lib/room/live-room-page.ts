import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, Injector, computed, effect, inject, signal, untracked, type Signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { LiveParticipant, LiveSlideMaterial } from '@ecampus/shared/contracts';
import {
  LiveRoomMedia,
  LiveRoomStore,
  SlideDocuments,
  messageOf,
  type LiveRoomAnnouncement,
  type SlideDocument,
} from '@ecampus/web/live/data-access';
import {
  BreakoutBanner,
  BreakoutBoard,
  ChatPanel,
  ConnectionBanner,
  HandButton,
  MediaControls,
  MediaStage,
  NotesPanel,
  ParticipantsPanel,
  PollPanel,
  QuestionsPanel,
  ShortcutsHelpDialog,
  SlideStage,
  shortcutOf,
  type BreakoutBoardActions,
  type MediaTileView,
} from '@ecampus/web/live/ui';
import { ConfirmDialog, Icon, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { map } from 'rxjs';
import { liveLinks } from '../live-links';
import { PollDialog } from './poll-dialog';
import { PrejoinDialog } from './prejoin-dialog';

/** The side panel's tabs, in their order. */
export const ROOM_TABS = ['participants', 'chat', 'questions', 'poll', 'notes'] as const;
export type RoomTab = (typeof ROOM_TABS)[number];

/** A route parameter of this page or of a route above it. */
function paramOfRoute(name: string): Signal<string> {
  const route = inject(ActivatedRoute);
  const owner = route.pathFromRoot.find((r) => r.snapshot.paramMap.has(name)) ?? route;
  return toSignal(owner.paramMap.pipe(map((params) => params.get(name) ?? '')), { requireSync: true });
}

/** An action's busy flag and message, in the shape the confirmation dialog shows. */
function actionState() {
  const busy = signal(false);
  const messages = signal<readonly string[]>([]);
  return {
    busy: busy.asReadonly(),
    messages: messages.asReadonly(),
    async run(action: () => Promise<unknown>): Promise<boolean> {
      if (busy()) return false;
      busy.set(true);
      messages.set([]);
      try {
        await action();
        return true;
      } catch (error) {
        messages.set([messageOf(error)]);
        return false;
      } finally {
        busy.set(false);
      }
    },
  };
}

/**
 * The virtual classroom of a live session (`programme/:programId/live/:sessionId/raum`): the stage
 * with the current slide, the side panel (participants and hands, chat, Q&A, poll, shared notes),
 * the hand button, the moderators' toolbar, the connection banner, keyboard shortcuts and
 * screen-reader announcements. The room's store joins on enter and leaves when the page goes; it
 * is provided here, so both follow the page's life exactly.
 */
@Component({
  selector: 'ec-live-room-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatTabsModule,
    MatSelectModule,
    MatFormFieldModule,
    MatSlideToggleModule,
    TranslatePipe,
    Loading,
    Icon,
    ConnectionBanner,
    HandButton,
    MediaControls,
    MediaStage,
    SlideStage,
    ParticipantsPanel,
    ChatPanel,
    QuestionsPanel,
    PollPanel,
    NotesPanel,
    BreakoutBoard,
    BreakoutBanner,
  ],
  providers: [LiveRoomStore, LiveRoomMedia, SlideDocuments],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-room-page.html',
  styleUrl: './live-room-page.css',
  host: { '(document:keydown)': 'onShortcut($event)' },
})
export class LiveRoomPage {
  protected readonly store = inject(LiveRoomStore);
  protected readonly media = inject(LiveRoomMedia);
  private readonly slides = inject(SlideDocuments);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly programId = paramOfRoute('programId');
  protected readonly sessionId = paramOfRoute('sessionId');
  /** The session's page (scheduling), where every notice links back to. */
  protected readonly sessionLink = computed(() => liveLinks.session(this.programId(), this.sessionId()));

  protected readonly statusKey = computed(() => `liveRoom.page.status.${this.store.session()?.status ?? 'scheduled'}` as const);
  protected readonly refusalKey = computed(() => `liveRoom.refused.${this.store.refusal()?.reason ?? 'failed'}` as const);
  protected readonly tab = signal(0);
  /** The last failed action's message (hand, vote, moderation …). */
  protected readonly notice = signal<string | null>(null);

  protected readonly pdf = signal<SlideDocument | null>(null);
  protected readonly slideLoading = signal(false);
  protected readonly slideFailed = signal(false);
  private readonly materialId = computed(() => this.store.slide()?.materialId ?? null);
  protected readonly canTurn = computed(() => this.store.isModerator() || (this.store.slide()?.freeBrowse ?? false));

  protected readonly materials = signal<LiveSlideMaterial[] | null>(null);
  protected readonly materialsFailed = signal(false);
  protected readonly pollBusy = signal(false);
  protected readonly starting = actionState();
  private readonly ending = actionState();
  private readonly removing = actionState();

  /** The store's actions with their `this`, for the panels that await them. */
  protected readonly sendChat = (text: string, toModerators: boolean) => this.store.sendChat(text, toModerators);
  protected readonly askQuestion = (text: string) => this.store.askQuestion(text);
  protected readonly breakoutActions: BreakoutBoardActions = {
    plan: () => this.store.planBreakout(),
    open: (minutes, rooms) => this.store.openBreakout(minutes, rooms),
    move: (userId, roomId) => this.store.moveToBreakout(userId, roomId),
    visit: (roomId) => this.store.visitBreakout(roomId),
    setTimer: (minutes) => this.store.setBreakoutTimer(minutes),
    broadcast: (text) => this.store.broadcastToBreakouts(text),
    close: () => this.store.closeBreakout(),
  };
  protected readonly messageOf = messageOf;

  /** The moderators' breakout board is shown (toolbar button "Gruppenräume"). */
  protected readonly boardOpen = signal(false);
  /** In a breakout room the stage shows the people there, not the main room's slides. */
  protected readonly inBreakout = computed(() => this.store.myBreakoutRoom() !== null);
  protected readonly breakoutBusy = signal(false);

  constructor() {
    effect(() => {
      const sessionId = this.sessionId();
      untracked(() => this.store.enter(sessionId));
    });
    effect(() => {
      const materialId = this.materialId();
      untracked(() => void this.loadSlide(materialId));
    });
    // The moderators' slide choice: the PDFs of the program's modules, once inside.
    effect(() => {
      if (this.store.phase() === 'joined' && this.store.isModerator()) untracked(() => void this.loadMaterials());
    });
    this.store.announced.pipe(takeUntilDestroyed()).subscribe((a) => this.announce(a));
  }

  // ---------------------------------------------------------------- actions

  protected run(action: () => Promise<unknown>): void {
    this.notice.set(null);
    action().catch((error: unknown) => this.notice.set(messageOf(error)));
  }

  protected toggleHand(up: boolean): void {
    this.run(() => (up ? this.store.raiseHand() : this.store.lowerHand()));
  }

  protected vote(option: number): void {
    this.pollBusy.set(true);
    this.run(() => this.store.vote(option).finally(() => this.pollBusy.set(false)));
  }

  protected closePoll(): void {
    this.pollBusy.set(true);
    this.run(() => this.store.closePoll().finally(() => this.pollBusy.set(false)));
  }

  protected openPollDialog(): void {
    this.dialog.open(PollDialog, { injector: this.injector, width: '32rem', maxWidth: '95vw', autoFocus: 'first-tabbable' });
  }

  protected start(): void {
    void this.starting
      .run(() => this.store.start())
      .then((done) => {
        if (!done) this.notice.set(this.starting.messages()[0] ?? null);
      });
  }

  protected confirmEnd(): void {
    void ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('liveRoom.toolbar.endHeading'),
      text: this.i18n.t('liveRoom.toolbar.endText'),
      confirmLabel: this.i18n.t('liveRoom.toolbar.end'),
      busyLabel: this.i18n.t('liveRoom.toolbar.ending'),
      confirmTestId: 'room-end-confirm',
      submission: this.ending,
      confirm: () => this.ending.run(() => this.store.end()),
    });
  }

  protected confirmRemove(person: LiveParticipant): void {
    const name = person.displayName;
    void ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('liveRoom.participants.removeHeading', { name }),
      text: this.i18n.t('liveRoom.participants.removeText', { name }),
      confirmLabel: this.i18n.t('liveRoom.participants.remove'),
      busyLabel: this.i18n.t('liveRoom.participants.removing'),
      confirmTestId: 'participant-remove-confirm',
      submission: this.removing,
      confirm: () => this.removing.run(() => this.store.remove(person.userId)),
    });
  }

  protected chooseSlide(materialId: string | null): void {
    if (materialId) this.run(() => this.store.showSlide(materialId, 1));
  }

  protected setFreeBrowse(freeBrowse: boolean): void {
    this.run(() => this.store.setFreeBrowse(freeBrowse));
  }

  protected clearSlide(): void {
    this.run(() => this.store.clearSlide());
  }

  /** The media tiles with the names of the people in the room. */
  protected readonly mediaTiles = computed<MediaTileView[]>(() => {
    const names = new Map(this.store.participants().map((p) => [p.userId, p.displayName]));
    const you = this.i18n.t('liveRoom.media.you');
    return this.media.tiles().map((tile) => ({ ...tile, name: tile.mine ? you : (names.get(tile.userId) ?? '…') }));
  });

  /** Camera on: first the check of camera and microphone; off: at once. */
  protected toggleCamera(): void {
    if (this.media.cameraOn()) {
      void this.media.toggleCamera();
      return;
    }
    this.dialog.open(PrejoinDialog, { injector: this.injector, width: '36rem', maxWidth: '95vw', autoFocus: 'dialog' });
  }

  protected setMicMuted(userId: string, muted: boolean): void {
    this.run(() => this.media.setMuted(userId, muted));
  }

  protected setFloor(userId: string, granted: boolean): void {
    this.run(() => this.media.setFloor(userId, granted));
  }

  protected dismissHand(userId: string): void {
    this.run(() => this.store.dismissHand(userId));
  }

  protected mute(userId: string, muted: boolean): void {
    this.run(() => this.store.mute(userId, muted));
  }

  protected setOpenFloor(open: boolean): void {
    this.run(() => this.media.setOpenFloor(open));
  }

  protected lockChat(locked: boolean): void {
    this.run(() => this.store.lockChat(locked));
  }

  protected loadOlderChat(): void {
    this.run(() => this.store.loadOlderChat());
  }

  protected upvote(questionId: string, up: boolean): void {
    this.run(() => this.store.upvoteQuestion(questionId, up));
  }

  protected markAnswered(questionId: string): void {
    this.run(() => this.store.answerQuestion(questionId));
  }

  protected openNotes(open: boolean): void {
    this.run(() => this.store.openNotes(open));
  }

  protected turn(step: 1 | -1): void {
    this.run(() => this.store.turnPage(step));
  }

  /** Someone in a breakout room calls the moderators in, or takes it back. */
  protected requestHelp(requested: boolean): void {
    this.breakoutBusy.set(true);
    this.run(() => this.store.requestHelp(requested).finally(() => this.breakoutBusy.set(false)));
  }

  /** A visiting moderator goes back to the main room. */
  protected backToMainRoom(): void {
    this.breakoutBusy.set(true);
    this.run(() => this.store.visitBreakout(null).finally(() => this.breakoutBusy.set(false)));
  }

  protected openHelp(): void {
    this.dialog.open(ShortcutsHelpDialog, { width: '28rem', maxWidth: '95vw' });
  }

  /** H hand, C chat, arrows/PageUp/PageDown slides, ? help — never while typing or with a dialog open. */
  protected onShortcut(event: KeyboardEvent): void {
    if (this.store.phase() !== 'joined' || this.dialog.openDialogs.length > 0) return;
    const shortcut = shortcutOf(event);
    if (!shortcut) return;
    switch (shortcut) {
      case 'hand':
        this.toggleHand(this.store.handPosition() === 0);
        break;
      case 'chat':
        this.focusChat();
        break;
      case 'next':
      case 'prev':
        if (!this.canTurn() || !this.store.slide() || this.inBreakout()) return;
        this.turn(shortcut === 'next' ? 1 : -1);
        break;
      case 'help':
        this.openHelp();
        break;
    }
    event.preventDefault();
  }

  /** Shows the chat tab and puts the cursor into its box once the tab is shown. */
  private focusChat(): void {
    this.tab.set(ROOM_TABS.indexOf('chat'));
    const focus = (tries: number) => {
      const box = document.getElementById('live-chat-input');
      box?.focus();
      if (document.activeElement !== box && tries > 0) setTimeout(() => focus(tries - 1), 50);
    };
    setTimeout(() => focus(10));
  }

  private announce(event: LiveRoomAnnouncement): void {
    void this.announcer.announce(this.announcement(event), 'polite');
  }

  private announcement(event: LiveRoomAnnouncement): string {
    switch (event.kind) {
      case 'chat':
        return this.i18n.t('liveRoom.announce.chat', { name: event.message.displayName, text: event.message.text.slice(0, 300) });
      case 'hand':
        return this.i18n.t('liveRoom.announce.hand', { name: event.hand.displayName });
      case 'broadcast':
        return this.i18n.t('liveRoom.announce.broadcast', { text: event.broadcast.text });
      case 'breakout':
        return event.room
          ? this.i18n.t('liveRoom.announce.breakoutRoom', { name: event.room.name })
          : this.i18n.t('liveRoom.announce.mainRoom');
    }
  }

  private async loadSlide(materialId: string | null): Promise<void> {
    this.pdf.set(null);
    this.slideFailed.set(false);
    if (!materialId) return;
    this.slideLoading.set(true);
    try {
      const doc = await this.slides.load(materialId);
      if (this.materialId() !== materialId) return;
      this.pdf.set(doc);
      this.store.setDocumentPages(doc.numPages);
    } catch {
      if (this.materialId() === materialId) this.slideFailed.set(true);
    } finally {
      if (this.materialId() === materialId) this.slideLoading.set(false);
    }
  }

  private async loadMaterials(): Promise<void> {
    if (this.materials() !== null) return;
    this.materials.set([]);
    try {
      this.materials.set(await this.store.slideMaterials());
      this.materialsFailed.set(false);
    } catch {
      this.materialsFailed.set(true);
    }
  }
}
