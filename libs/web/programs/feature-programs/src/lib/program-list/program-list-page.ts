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
  template: `
    <h1>{{ 'programs.list.title' | t }}</h1>
    <p class="intro">{{ 'programs.list.intro' | t }}</p>
    @if (store.loading()) {
      <ec-loading [label]="'programs.list.loading' | t" />
    } @else if (store.failed()) {
      <ec-empty-state icon="alert" [heading]="'programs.list.loadFailed' | t" [text]="store.error()?.message ?? ''">
        <button mat-stroked-button type="button" (click)="store.load()">{{ 'programs.list.retry' | t }}</button>
      </ec-empty-state>
    } @else if (store.empty()) {
      <ec-empty-state data-testid="programs-empty" [heading]="'programs.list.emptyTitle' | t" [text]="'programs.list.emptyText' | t" />
    } @else {
      <ul class="grid" data-testid="program-list">
        @for (program of store.programs(); track program.id) {
          <li><ec-program-card [program]="program" [link]="['/programme', program.id]" /></li>
        }
      </ul>
    }
  `,
  styles: `
    h1 {
      margin: 0 0 0.5rem;
      line-height: 1.2;
    }
    .intro {
      margin: 0 0 1.5rem;
    }
    .grid {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
    }
  `,
})
export class ProgramListPage implements OnInit {
  protected readonly store = inject(ProgramListStore);

  ngOnInit(): void {
    void this.store.load();
  }
}
