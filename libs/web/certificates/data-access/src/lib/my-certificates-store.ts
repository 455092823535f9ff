import { Injectable, computed, inject } from '@angular/core';
import type { MyCertificate } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { CertificatesApi } from './certificates-api';
import { certificateFileName } from './certificates-store';

/** The signed-in person's own certificates ("Meine Bescheinigungen"), newest first. Provided by the page's route. */
@Injectable()
export class MyCertificatesStore {
  private readonly api = inject(CertificatesApi);
  private readonly state = loadable<MyCertificate[]>([]);

  readonly certificates = this.state.value;
  readonly loading = this.state.loading;
  readonly loaded = this.state.loaded;
  readonly failed = this.state.failed;
  readonly error = this.state.error;
  readonly empty = computed(() => this.loaded() && this.certificates().length === 0);

  load(): Promise<void> {
    return this.state.load(async () => [...(await firstValueFrom(this.api.mine()))].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt)));
  }

  /** Saves the PDF; rejects when it fails (the global error display says why). */
  download(certificate: MyCertificate): Promise<void> {
    return this.api.downloadPdf(certificate.id, certificateFileName(certificate.verificationCode));
  }
}
