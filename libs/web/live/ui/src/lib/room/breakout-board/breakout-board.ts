import { CdkDrag, CdkDropList, CdkDropListGroup, type CdkDragDrop } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  BREAKOUT_LIMITS,
  type BreakoutRoomPlan,
  type LiveBreakout,
  type LiveBreakoutRoom,
  type LiveParticipant,
} from '@ecampus/shared/contracts';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { formatCountdown } from '../breakout-banner/countdown';

/** What the board asks of the room (the page hands in the store's methods); each rejects on a refusal. */
export interface BreakoutBoardActions {
  plan(): Promise<BreakoutRoomPlan[]>;
  open(minutes: number, rooms: BreakoutRoomPlan[]): Promise<unknown>;
  move(userId: string, roomId: string | null): Promise<unknown>;
  visit(roomId: string | null): Promise<unknown>;
  setTimer(minutes: number): Promise<unknown>;
  broadcast(text: string): Promise<unknown>;
  close(): Promise<unknown>;
}

/** A room of the plan before opening: `key` is the board's own (the server gives ids on opening). */
interface PlanRoom {
  key: string;
  name: FormControl<string>;
  userIds: string[];
}

interface PersonView {
  userId: string;
  name: string;
  /** Participants are moved; moderators only visit (they show in the room they visit). */
  movable: boolean;
}

/** One column: the main room (`key` ''), a planned room, or an open room. */
interface Column {
  key: string;
  plan: PlanRoom | null;
  room: LiveBreakoutRoom | null;
  people: PersonView[];
}

const { minutes: MINUTES, name: NAME, broadcast: BROADCAST } = BREAKOUT_LIMITS;
const DEFAULT_MINUTES = 15;

const notBlank = (control: AbstractControl<string>): ValidationErrors | null => (control.value.trim() ? null : { required: true });
const wholeNumber = (control: AbstractControl<number | null>): ValidationErrors | null =>
  control.value === null || Number.isInteger(control.value) ? null : { integer: true };

/**
 * The moderators' breakout rooms. Before opening (plan mode): the suggested groups (one room per
 * tandem), to change — rename, add and remove rooms, assign people by dragging them between the
 * columns or, without a mouse, with the room list on each person — and the duration. Once open
 * (live mode): the same columns from the server, where every assignment moves the person at once,
 * with a visit button per room, who called for help, the time left (+5 minutes), a message to
 * all rooms and closing them (everyone comes back).
 */
@Component({
  selector: 'ec-breakout-board',
  imports: [
    CdkDropListGroup,
    CdkDropList,
    CdkDrag,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './breakout-board.html',
  styleUrl: './breakout-board.css',
})
export class BreakoutBoard {
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly participants = input.required<readonly LiveParticipant[]>();
  readonly meId = input.required<string>();
  /** The open rooms; null: plan mode. */
  readonly breakout = input<LiveBreakout | null>(null);
  /** Seconds until the rooms close. */
  readonly remaining = input<number | null>(null);
  readonly actions = input.required<BreakoutBoardActions>();
  /** Words for a failed action (the room's refusals carry German messages). */
  readonly describeError = input<(error: unknown) => string>((error) => (error instanceof Error && error.message ? error.message : ''));

  protected readonly limits = { minMinutes: MINUTES.min, maxMinutes: MINUTES.max, name: NAME.max, broadcast: BROADCAST.max };
  protected readonly minutes = new FormControl<number | null>(DEFAULT_MINUTES, [
    Validators.required,
    Validators.min(MINUTES.min),
    Validators.max(MINUTES.max),
    wholeNumber,
  ]);
  protected readonly message = new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(BROADCAST.max)] });

  /** The plan being edited (null until loaded, and while rooms are open). */
  protected readonly planRooms = signal<PlanRoom[] | null>(null);
  protected readonly loadingPlan = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly sent = signal(false);
  private nextKey = 1;
  /** Whose room list to focus again once her chip was drawn in its new column. */
  private refocus: string | null = null;

  protected readonly live = computed(() => this.breakout() !== null);
  private readonly names = computed(() => new Map(this.participants().map((p) => [p.userId, p])));
  /** Who can be assigned: the participants present (moderators visit instead). */
  private readonly assignable = computed(() => this.participants().filter((p) => !p.moderator && p.userId !== this.meId()));
  protected readonly nobodyToAssign = computed(() => this.assignable().length === 0);

  protected readonly columns = computed<Column[]>(() => {
    const breakout = this.breakout();
    const rooms: Column[] = breakout
      ? breakout.rooms.map((room) => ({ key: room.id, plan: null, room, people: this.people(room.userIds) }))
      : (this.planRooms() ?? []).map((plan) => ({ key: plan.key, plan, room: null, people: this.people(plan.userIds) }));
    const assigned = new Set(rooms.flatMap((c) => c.people.map((p) => p.userId)));
    const main = this.assignable()
      .filter((p) => !assigned.has(p.userId))
      .map((p) => ({ userId: p.userId, name: p.displayName, movable: true }));
    return [{ key: '', plan: null, room: null, people: main }, ...rooms];
  });
  /** Where each person is (column key), for the room lists' selection. */
  private readonly columnOf = computed(() => new Map(this.columns().flatMap((c) => c.people.map((p) => [p.userId, c.key] as const))));

  protected readonly countdown = computed(() => {
    const remaining = this.remaining();
    return remaining === null ? null : formatCountdown(remaining);
  });

  constructor() {
    // Plan mode loads the suggestion once someone is there to assign (again after the rooms
    // closed); live mode forgets it.
    effect(() => {
      const live = this.live();
      const nobody = this.nobodyToAssign();
      untracked(() => {
        if (live) this.planRooms.set(null);
        else if (!nobody && this.planRooms() === null && !this.loadingPlan()) void this.loadPlan();
      });
    });
    // A choice in a room list moves the chip (and its list) to another column: keep the keyboard there.
    afterRenderEffect(() => {
      this.columns();
      const userId = this.refocus;
      const active = document.activeElement;
      if (!userId || (active && active !== document.body && this.host.nativeElement.contains(active))) return;
      const selects = this.host.nativeElement.querySelectorAll<HTMLSelectElement>('select[data-user-id]');
      const select = Array.from(selects).find((s) => s.getAttribute('data-user-id') === userId);
      if (!select) return;
      select.focus();
      this.refocus = null;
    });
  }

  protected roomName(column: Column, index: number): string {
    if (column.room) return column.room.name;
    return column.plan?.name.value.trim() || this.i18n.t('liveRoom.breakout.roomN', { number: index });
  }

  protected isCurrent(userId: string, key: string): boolean {
    return this.columnOf().get(userId) === key;
  }

  protected isMine(room: LiveBreakoutRoom): boolean {
    return room.userIds.includes(this.meId());
  }

  // ---------------------------------------------------------------- assigning

  protected dropped(event: CdkDragDrop<string, string, string>): void {
    if (event.previousContainer === event.container) return;
    void this.assign(event.item.data, event.container.data);
  }

  protected async chosen(userId: string, event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const before = this.columnOf().get(userId) ?? '';
    this.refocus = userId;
    // A refused move leaves her where she was: so must the list.
    if (!(await this.assign(userId, select.value))) select.value = before;
  }

  private async assign(userId: string, key: string): Promise<boolean> {
    if (this.live()) return this.run(() => this.actions().move(userId, key || null));
    this.planRooms.update((rooms) =>
      (rooms ?? []).map((room) => {
        const others = room.userIds.filter((id) => id !== userId);
        return { ...room, userIds: room.key === key ? [...others, userId] : others };
      }),
    );
    return true;
  }

  // ---------------------------------------------------------------- plan mode

  protected addRoom(): void {
    const rooms = this.planRooms() ?? [];
    if (rooms.length >= BREAKOUT_LIMITS.rooms.max) return;
    this.planRooms.set([...rooms, this.planRoom(this.i18n.t('liveRoom.breakout.roomN', { number: rooms.length + 1 }), [])]);
  }

  protected removeRoom(key: string): void {
    this.planRooms.update((rooms) => (rooms ?? []).filter((room) => room.key !== key || room.userIds.length > 0));
  }

  protected async openRooms(): Promise<void> {
    const rooms = this.planRooms() ?? [];
    this.minutes.markAsTouched();
    rooms.forEach((room) => room.name.markAsTouched());
    if (this.minutes.invalid || rooms.length === 0 || rooms.some((room) => room.name.invalid)) return;
    const minutes = this.minutes.value ?? DEFAULT_MINUTES;
    await this.run(() =>
      this.actions().open(
        minutes,
        rooms.map((room) => ({ name: room.name.value.trim(), userIds: room.userIds })),
      ),
    );
  }

  private async loadPlan(): Promise<void> {
    this.loadingPlan.set(true);
    this.error.set(null);
    try {
      const plan = await this.actions().plan();
      if (this.live()) return;
      // Only people present are shown and sent; the others join the main room when they come.
      const present = new Set(this.assignable().map((p) => p.userId));
      this.planRooms.set(
        plan.map((room) =>
          this.planRoom(
            room.name,
            room.userIds.filter((id) => present.has(id)),
          ),
        ),
      );
    } catch (error) {
      if (this.live()) return;
      // No suggestion (no tandem present, or a failure): one empty room to start from.
      this.error.set(this.messageOf(error));
      this.planRooms.set([this.planRoom(this.i18n.t('liveRoom.breakout.roomN', { number: 1 }), [])]);
    } finally {
      this.loadingPlan.set(false);
    }
  }

  private planRoom(name: string, userIds: string[]): PlanRoom {
    const control = new FormControl(name.slice(0, NAME.max), { nonNullable: true, validators: [notBlank, Validators.maxLength(NAME.max)] });
    return { key: `plan-${this.nextKey++}`, name: control, userIds };
  }

  // ---------------------------------------------------------------- live mode

  protected visit(roomId: string | null): void {
    void this.run(() => this.actions().visit(roomId));
  }

  /** Five more minutes from now (whole minutes, rounded up, at most the limit). */
  protected extend(): void {
    const minutes = Math.min(MINUTES.max, Math.ceil((this.remaining() ?? 0) / 60) + 5);
    void this.run(() => this.actions().setTimer(minutes));
  }

  protected async sendMessage(): Promise<void> {
    this.sent.set(false);
    if (this.message.invalid) {
      this.message.markAsTouched();
      return;
    }
    if (await this.run(() => this.actions().broadcast(this.message.value.trim()))) {
      this.message.reset('');
      this.sent.set(true);
    }
  }

  protected close(): void {
    void this.run(() => this.actions().close());
  }

  // ---------------------------------------------------------------- helpers

  private people(userIds: readonly string[]): PersonView[] {
    const names = this.names();
    return userIds.flatMap((userId) => {
      const person = names.get(userId);
      return person ? [{ userId, name: person.displayName, movable: !person.moderator }] : [];
    });
  }

  private async run(action: () => Promise<unknown>): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
      return true;
    } catch (error) {
      this.error.set(this.messageOf(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private messageOf(error: unknown): string {
    return this.describeError()(error) || this.i18n.t('liveRoom.breakout.failed');
  }
}
