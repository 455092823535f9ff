import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService, type Language } from '@ecampus/web/shared/util-i18n';

const UNITS = ['KB', 'MB', 'GB'] as const;

/**
 * A file size as people read it, in the page's language: "820 Byte", "47 KB", "1,5 MB" (German
 * decimal comma) / "1.5 MB". Binary steps (1 MB = 1024 KB), as upload limits are meant.
 */
export function formatFileSize(bytes: number, language: Language): string {
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  if (bytes < 1024) {
    const unit = language === 'de' ? 'Byte' : bytes === 1 ? 'byte' : 'bytes';
    return `${new Intl.NumberFormat(locale).format(bytes)} ${unit}`;
  }
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${UNITS[unit]}`;
}

/** `{{ material.sizeBytes | ecFileSize }}`; impure like the `t` pipe, so a language switch re-renders it. */
@Pipe({ name: 'ecFileSize', pure: false })
export class FileSizePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(bytes: number | null | undefined): string {
    return bytes === null || bytes === undefined ? '' : formatFileSize(bytes, this.i18n.language());
  }
}
