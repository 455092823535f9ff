import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** What everyone in the program should know up front: period, deadline, cost, time, contact. */
@Component({
  selector: 'ec-overview-tab',
  imports: [MatButtonModule, RouterLink, TranslatePipe, EcDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.program(); as program) {
      @if (store.isParticipant()) {
        <a mat-flat-button [routerLink]="['/programme', program.id, 'mein-tandem']" data-testid="overview-my-tandem">
          {{ 'programs.overview.myTandemCta' | t }}
        </a>
      }
      <section>
        <h2>{{ 'programs.overview.about' | t }}</h2>
        <p class="description">{{ program.description || ('programs.overview.noDescription' | t) }}</p>
      </section>
      <dl>
        <dt>{{ 'programs.overview.period' | t }}</dt>
        <dd>{{ 'programs.list.period' | t: { from: (program.startsOn | ecDate), to: (program.endsOn | ecDate) } }}</dd>
        <dt>{{ 'programs.overview.deadline' | t }}</dt>
        <dd>{{ program.applicationDeadline ? (program.applicationDeadline | ecDate) : ('programs.overview.noDeadline' | t) }}</dd>
        <dt>{{ 'programs.overview.cost' | t }}</dt>
        <dd>{{ (program.freeOfCharge ? 'programs.overview.freeOfCharge' : 'programs.overview.notFree') | t }}</dd>
        <dt>{{ 'programs.overview.timeCommitment' | t }}</dt>
        <dd>{{ program.timeCommitment || ('programs.overview.notStated' | t) }}</dd>
        <dt>{{ 'programs.overview.contact' | t }}</dt>
        <dd>
          @if (program.contactName || program.contactEmail) {
            {{ program.contactName }}
            @if (program.contactEmail) {
              <a [href]="'mailto:' + program.contactEmail">{{ program.contactEmail }}</a>
            }
          } @else {
            {{ 'programs.overview.notStated' | t }}
          }
        </dd>
      </dl>
    }
  `,
  styles: `
    h2 {
      margin: 1rem 0 0.5rem;
      font-size: 1.125rem;
    }
    .description {
      white-space: pre-line;
      max-width: 70ch;
    }
    dl {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) 1fr;
      gap: 0.5rem 1.5rem;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    @media (max-width: 480px) {
      dl {
        grid-template-columns: 1fr;
        gap: 0.125rem;
      }
      dd {
        margin-bottom: 0.5rem;
      }
    }
  `,
})
export class OverviewTab {
  protected readonly store = inject(ProgramStore);
}
