import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, type TranslationKey, type TranslationParams } from '@ecampus/web/shared/util-i18n';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';

/** The share of the window's height a slide may take at most. */
const MAX_HEIGHT_SHARE = 0.7;

/**
 * The stage: the current slide, a PDF page drawn by pdf.js onto a canvas (its text alternative
 * "Folie 3 von 12"), with previous/next for whoever may turn pages and "Zur aktuellen Folie"
 * when she browsed away. Arrow keys and PageUp/PageDown turn pages while the stage has focus.
 * The page loads the document; this component only draws it.
 */
@Component({
  selector: 'ec-slide-stage',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './slide-stage.html',
  styleUrl: './slide-stage.css',
})
export class SlideStage {
  /** Null while no slide is shown or it is loading. */
  readonly pdf = input<PDFDocumentProxy | null>(null);
  readonly hasSlide = input(false);
  readonly page = input<number | null>(null);
  readonly pageCount = input<number | null>(null);
  readonly loading = input(false);
  readonly failed = input(false);
  /** Prev/next are hers: a moderator, or a participant while browsing is free. */
  readonly canTurn = input(false);
  readonly browsingAway = input(false);
  readonly freeBrowse = input(false);
  readonly turn = output<1 | -1>();
  readonly follow = output<void>();

  /** "Folie 3 von 12" (or "Folie 3" while the count is unknown): the canvas' text and the page indicator. */
  protected readonly pageLabel = computed((): { key: TranslationKey; params: TranslationParams } => {
    const page = this.page() ?? 1;
    const count = this.pageCount();
    return count ? { key: 'liveRoom.stage.alt', params: { page, count } } : { key: 'liveRoom.stage.altUnknown', params: { page } };
  });

  private readonly canvas = viewChild<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly frame = viewChild<ElementRef<HTMLElement>>('frame');
  private readonly width = signal(0);
  private task: RenderTask | null = null;

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    if (typeof ResizeObserver !== 'undefined') {
      const observer = new ResizeObserver((entries) => this.width.set(Math.floor(entries[0]?.contentRect.width ?? 0)));
      observer.observe(host);
      inject(DestroyRef).onDestroy(() => observer.disconnect());
    }
    effect(() => {
      const pdf = this.pdf();
      const page = this.page();
      const canvas = this.canvas()?.nativeElement;
      const width = this.width() || this.frame()?.nativeElement.clientWidth || 800;
      if (pdf && page && canvas) void this.draw(pdf, page, canvas, width);
    });
    inject(DestroyRef).onDestroy(() => this.task?.cancel());
  }

  protected onKey(event: KeyboardEvent): void {
    if (!this.canTurn() || event.altKey || event.ctrlKey || event.metaKey) return;
    const step = event.key === 'ArrowRight' || event.key === 'PageDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'PageUp' ? -1 : 0;
    if (!step) return;
    // Handled here: the room's own shortcuts see defaultPrevented and stay out.
    event.preventDefault();
    this.turn.emit(step);
  }

  private async draw(pdf: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, width: number): Promise<void> {
    this.task?.cancel();
    this.task = null;
    const page = await pdf.getPage(Math.min(pageNumber, pdf.numPages));
    const base = page.getViewport({ scale: 1 });
    const maxHeight = (globalThis.innerHeight || 800) * MAX_HEIGHT_SHARE;
    const scale = Math.min(width / base.width, maxHeight / base.height);
    const ratio = globalThis.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: scale * ratio });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
    canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
    const task = page.render({ canvas, viewport });
    this.task = task;
    try {
      await task.promise;
    } catch {
      // Cancelled by a newer page, or drawing failed: the text alternative still says which page.
    }
  }
}
