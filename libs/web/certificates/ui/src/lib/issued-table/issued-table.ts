import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { IssuedCertificate } from '@ecampus/shared/contracts';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

/**
 * A program's issued certificates (coordinators): name, date, code, status — revoked ones marked
 * with the reason — and per row "PDF herunterladen" (once rendered), "Neu erzeugen" and
 * "Widerrufen …" (while valid). Presentational: the page runs the actions. Scrolls sideways on a
 * phone inside a focusable region.
 */
@Component({
  selector: 'ec-issued-table',
  imports: [MatButtonModule, EcDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './issued-table.html',
  styleUrl: './issued-table.css',
})
export class IssuedTable {
  readonly certificates = input.required<readonly IssuedCertificate[]>();
  /** The certificate an action runs for: its buttons wait. */
  readonly busyId = input<string | null>(null);
  readonly download = output<IssuedCertificate>();
  readonly regenerate = output<IssuedCertificate>();
  readonly revoke = output<IssuedCertificate>();

  protected statusKey(certificate: IssuedCertificate): TranslationKey {
    return `certificates.certificateStatus.${certificate.status}`;
  }
}
