import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The top of a page or of a section: its heading (`level` 1 for a page, 2 for a section below a
 * page's own heading), a sentence on what it is for, and a row for the projected actions (search,
 * filter, "… anlegen") that wraps on a phone.
 */
@Component({
  selector: 'ec-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './page-header.html',
  styleUrl: './page-header.css',
})
export class PageHeader {
  readonly heading = input.required<string>();
  readonly intro = input('');
  readonly level = input<1 | 2>(1);
}
