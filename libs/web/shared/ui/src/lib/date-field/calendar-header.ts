import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCalendarHeader } from '@angular/material/datepicker';
import { MatTooltipModule } from '@angular/material/tooltip';

/**
 * Material's calendar header with one change: the month button's accessible name starts with the
 * month it shows ("NOV 2026: Jahr und Monat wählen"). Material names it only "Jahr und Monat
 * wählen" and hides the visible text, which fails WCAG 2.5.3 (axe: label-content-name-mismatch).
 */
@Component({
  selector: 'ec-calendar-header',
  imports: [MatButtonModule, MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-header.html',
})
export class CalendarHeader<D> extends MatCalendarHeader<D> {}
