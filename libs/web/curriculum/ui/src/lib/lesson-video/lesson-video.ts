import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import type { LessonVideo as Video } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** The only players a lesson may embed; everything else is a plain link. */
export const EMBED_PREFIXES = ['https://www.youtube-nocookie.com/embed/', 'https://player.vimeo.com/video/'] as const;

/** The embed address, if it is one of the allowed players (and nothing but a path follows the prefix's host). */
export function allowedEmbedUrl(video: Video | null): string | null {
  if (!video || video.kind !== 'embed') return null;
  const url = video.embedUrl;
  return EMBED_PREFIXES.some((prefix) => url.startsWith(prefix)) && !/[\s"'<>\\]/.test(url) ? url : null;
}

/**
 * A lesson's video: an iframe for an embed from an allowed player (checked here again, then
 * trusted), otherwise a link that opens the address in a new tab.
 */
@Component({
  selector: 'ec-lesson-video',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-video.html',
  styleUrl: './lesson-video.css',
})
export class LessonVideo {
  private readonly sanitizer = inject(DomSanitizer);
  readonly video = input.required<Video>();
  /** The lesson's title, for the iframe's title. */
  readonly lessonTitle = input.required<string>();

  protected readonly embed = computed<SafeResourceUrl | null>(() => {
    const url = allowedEmbedUrl(this.video());
    // Only after the allow-list check above.
    return url ? this.sanitizer.bypassSecurityTrustResourceUrl(url) : null;
  });
  /** A link only to http(s) addresses. */
  protected readonly link = computed(() => (/^https?:\/\//i.test(this.video().url) ? this.video().url : null));
}
