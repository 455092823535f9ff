import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CurriculumItem } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** The items of Curriculum as a counted list (presentational: the page passes them in). */
@Component({
  selector: 'ec-curriculum-item-list',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './curriculum-item-list.html',
  styleUrl: './curriculum-item-list.css',
})
export class CurriculumItemList {
  readonly items = input.required<readonly CurriculumItem[]>();
}
