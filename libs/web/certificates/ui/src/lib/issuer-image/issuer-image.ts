import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  booleanAttribute,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { CERTIFICATE_IMAGE_ACCEPT, CERTIFICATE_IMAGE_EXTENSIONS, CERTIFICATE_ISSUER_LIMITS } from '@ecampus/shared/contracts';
import { I18nService, TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

/** One image as the page knows it (CertificateIssuerStore's `images`). */
export interface IssuerImageView {
  /** The API has one. */
  readonly uploaded: boolean;
  /** An object URL to show, when there is one. */
  readonly preview: string | null;
  /** Being uploaded or removed. */
  readonly busy: boolean;
}

/** Why a picked file is not sent: not PNG/JPEG by name and type, or over 1 MB. The server checks the content too. */
export function imageRefusal(file: Pick<File, 'name' | 'type' | 'size'>): 'wrongType' | 'tooLarge' | null {
  const dot = file.name.lastIndexOf('.');
  const ext = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  const typeOk = !file.type || file.type === 'image/png' || file.type === 'image/jpeg';
  if (!(CERTIFICATE_IMAGE_EXTENSIONS as readonly string[]).includes(ext) || !typeOk) return 'wrongType';
  if (file.size > CERTIFICATE_ISSUER_LIMITS.image.maxBytes) return 'tooLarge';
  return null;
}

const REFUSALS = { wrongType: 'certificates.image.wrongType', tooLarge: 'certificates.image.tooLarge' } as const satisfies Record<
  NonNullable<ReturnType<typeof imageRefusal>>,
  TranslationKey
>;

let nextId = 0;

/**
 * The logo or one signature of the issuer form: a preview (or "Kein Bild"), "… hochladen/ersetzen"
 * (a button that opens the hidden file input: keyboards reach the button, the input carries the
 * accessible name and the test id), "… entfernen", the hint "PNG oder JPEG, höchstens 1 MB" and the
 * refusal — the browser's check before sending, or the server's words (`serverError`). Emits the
 * picked file only when it passes the check.
 */
@Component({
  selector: 'ec-issuer-image',
  imports: [MatButtonModule, MatProgressSpinnerModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './issuer-image.html',
  styleUrl: './issuer-image.css',
})
export class IssuerImage {
  /** What the image is: "Logo", "Unterschrift". */
  readonly label = input.required<string>();
  readonly view = input.required<IssuerImageView>();
  /** Another image is being saved. */
  readonly disabled = input(false, { transform: booleanAttribute });
  /** The server's refusal of the last upload. */
  readonly serverError = input<string | null>(null);
  /** Prefix of the test ids: `<testId>-input`, `-preview`, `-remove`, `-error`. */
  readonly testId = input('issuer-image');
  readonly picked = output<File>();
  readonly removed = output<void>();

  protected readonly id = `ec-issuer-image-${nextId++}`;
  protected readonly accept = CERTIFICATE_IMAGE_ACCEPT;
  private readonly i18n = inject(I18nService);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');
  /** The browser's refusal of the last pick (translated in the template: it follows a language switch). */
  protected readonly refusal = signal<{ key: TranslationKey; name: string; size: string } | null>(null);
  protected readonly locked = computed(() => this.disabled() || this.view().busy);

  protected choose(): void {
    this.input().nativeElement.click();
  }

  protected changed(): void {
    const input = this.input().nativeElement;
    const file = input.files?.[0];
    // The same file can be picked again after a refusal.
    input.value = '';
    if (!file) return;
    const refused = imageRefusal(file);
    if (refused) {
      const size = (file.size / (1024 * 1024)).toLocaleString(this.i18n.language(), { maximumFractionDigits: 1 });
      this.refusal.set({ key: REFUSALS[refused], name: file.name, size });
      return;
    }
    this.refusal.set(null);
    this.picked.emit(file);
  }

  protected remove(): void {
    this.refusal.set(null);
    this.removed.emit();
  }
}
