import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ProgramListStore } from '@ecampus/web/programs/data-access';
import { ProgramCard } from '@ecampus/web/programs/ui';
import { EmptyState, Loading } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** "Meine Programme": one card per program the caller belongs to (admins: all). */
@Component({
  selector: 'ec-program-list-page',
  imports: [MatButtonModule, ProgramCard, Loading, EmptyState, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program-list-page.html',
  styleUrl: './program-list-page.css',
})
export class ProgramListPage implements OnInit {
  protected readonly store = inject(ProgramListStore);

  ngOnInit(): void {
    void this.store.load();
  }
}
