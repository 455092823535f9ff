import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { MyCertificate } from '@ecampus/shared/contracts';
import { MyCertificatesStore } from '@ecampus/web/certificates/data-access';
import { MyCertificateList } from '@ecampus/web/certificates/ui';
import { EmptyState, Loading, PageHeader } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** "Meine Bescheinigungen" (everyone signed in): her certificates of every program, each as PDF, newest first. */
@Component({
  selector: 'ec-my-certificates-page',
  imports: [MatButtonModule, PageHeader, Loading, EmptyState, TranslatePipe, MyCertificateList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-certificates-page.html',
})
export class MyCertificatesPage {
  protected readonly store = inject(MyCertificatesStore);
  /** The certificate being downloaded. */
  protected readonly busyId = signal<string | null>(null);

  constructor() {
    void this.store.load();
  }

  protected reload(): Promise<void> {
    return this.store.load();
  }

  protected async download(certificate: MyCertificate): Promise<void> {
    this.busyId.set(certificate.id);
    try {
      await this.store.download(certificate);
    } catch {
      // The app's error display has announced it.
    } finally {
      this.busyId.set(null);
    }
  }
}
