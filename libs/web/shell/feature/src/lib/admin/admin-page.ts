import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { injectAdminSections } from '@ecampus/web/shared/ui-plugins';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * `/verwaltung` (administrators): the sections domains register with provideAdminSection —
 * programs' "Programme", identity's "Konten" — as tabs, each section's routes below them.
 */
@Component({
  selector: 'ec-admin-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-page.html',
  styleUrl: './admin-page.css',
})
export class AdminPage {
  protected readonly sections = injectAdminSections();
}
