import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FileKind } from '@ecampus/shared/contracts';

const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
const PAGE = 'M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6';

/** Outline icons (24×24, stroke = currentColor) per kind of file, drawn inline like the shared `ec-icon`. */
const PATHS: Record<FileKind, string> = {
  pdf: `${PAGE}M8 13h8M8 17h5`,
  document: `${PAGE}M8 13h8M8 17h8M8 9h2`,
  image: `M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM21 15l-5-5L5 21${circle(8.5, 8.5, 1.5)}`,
  presentation: 'M2 3h20M4 3v11a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V3M12 16v5M8 21h8M9 12l3-3 2 2 3-3',
  spreadsheet: 'M3 3h18v18H3zM3 9h18M3 15h18M9 3v18',
};

/** What kind of file an entry is, as a coloured icon; decoration only (the entry's text names the kind). */
@Component({
  selector: 'ec-file-kind-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', '[class]': "'kind ' + kind()" },
  templateUrl: './file-kind-icon.html',
  styleUrl: './file-kind-icon.css',
})
export class FileKindIcon {
  readonly kind = input.required<FileKind>();
  protected readonly path = computed(() => PATHS[this.kind()]);
}
