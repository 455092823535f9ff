import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, input, output, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LIVE_ROOM_LIMITS, type LiveChatMessage } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Sends a message; rejects with the server's refusal (its `message` is shown below the box). */
export type SendChat = (text: string, toModerators: boolean) => Promise<unknown>;

const notBlank = (control: AbstractControl<string>): ValidationErrors | null => (control.value.trim() ? null : { required: true });

/**
 * The room's chat: the history (older pages on request), the send box (1–2000 characters with a
 * counter; Enter sends, Shift+Enter starts a new line), "Nur an die Moderation" for a private
 * message, and why she cannot write when the chat is locked or her chat muted.
 */
@Component({
  selector: 'ec-chat-panel',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatCheckboxModule, DatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './chat-panel.html',
  styleUrl: './chat-panel.css',
})
export class ChatPanel {
  readonly messages = input.required<readonly LiveChatMessage[]>();
  readonly meId = input.required<string>();
  readonly moderator = input(false);
  readonly hasMore = input(false);
  readonly loadingOlder = input(false);
  /** Why she cannot write, or null. */
  readonly blocked = input<'locked' | 'muted' | null>(null);
  /** The chat is locked for participants (moderators still write; they see a note). */
  readonly chatLocked = input(false);
  readonly sendMessage = input.required<SendChat>();
  readonly loadOlder = output<void>();

  protected readonly max = LIVE_ROOM_LIMITS.chat.max;
  protected readonly text = new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(this.max)] });
  protected readonly toModerators = new FormControl(false, { nonNullable: true });
  private readonly value = toSignal(this.text.valueChanges, { initialValue: '' });
  protected readonly length = computed(() => this.value().length);
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly input = viewChild<ElementRef<HTMLTextAreaElement>>('box');
  private readonly list = viewChild<ElementRef<HTMLElement>>('list');
  private lastId: string | undefined;

  constructor() {
    // New messages at the end scroll into view; older ones loaded at the top do not move the view.
    effect(() => {
      const last = this.messages().at(-1)?.id;
      const list = this.list()?.nativeElement;
      if (last === this.lastId) return;
      this.lastId = last;
      if (list && typeof list.scrollTo === 'function') list.scrollTo({ top: list.scrollHeight });
    });
    effect(() => {
      for (const control of [this.text, this.toModerators]) {
        if (this.blocked()) control.disable({ emitEvent: false });
        else control.enable({ emitEvent: false });
      }
    });
  }

  /** Puts the cursor in the send box (the "C" shortcut). */
  focus(): void {
    this.input()?.nativeElement.focus();
  }

  protected onEnter(event: Event): void {
    if ((event as KeyboardEvent).shiftKey || (event as KeyboardEvent).isComposing) return;
    event.preventDefault();
    void this.send();
  }

  /** Sends the box's text when valid; clears the box once the server took it. */
  async send(): Promise<boolean> {
    if (this.sending() || this.blocked()) return false;
    this.error.set(null);
    if (this.text.invalid) {
      this.text.markAsTouched();
      return false;
    }
    this.sending.set(true);
    try {
      await this.sendMessage()(this.text.value.trim(), this.toModerators.value);
      this.text.reset('');
      return true;
    } catch (e) {
      this.error.set(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      this.sending.set(false);
    }
  }
}
