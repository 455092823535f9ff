import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { MyCertificate } from '@ecampus/shared/contracts';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * The holder's own certificates: program, date, code, a download once the PDF is rendered, and a
 * link to the public check of the code. Revoked ones say so. Presentational: the page downloads.
 */
@Component({
  selector: 'ec-my-certificate-list',
  imports: [MatButtonModule, RouterLink, EcDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-certificate-list.html',
  styleUrl: './my-certificate-list.css',
})
export class MyCertificateList {
  readonly certificates = input.required<readonly MyCertificate[]>();
  /** The certificate being downloaded: its button waits. */
  readonly busyId = input<string | null>(null);
  readonly download = output<MyCertificate>();
}
