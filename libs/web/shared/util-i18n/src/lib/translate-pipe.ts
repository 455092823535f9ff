import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from './i18n-service';
import type { LocalizedText, TranslationKey, TranslationParams } from './i18n-types';

/**
 * `{{ 'shell.home' | t }}`, with ICU arguments `{{ 'programs.members.count' | t: { count } }}`, or a
 * text given in both languages `{{ tab.label | t }}`. Keys are typed: a typo fails the template
 * type-check. Impure on purpose: the key stays the same when the language changes, so a pure pipe
 * would keep the old text; the signal reads inside mark the view for refresh (zoneless).
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey | LocalizedText, params?: TranslationParams): string {
    return typeof key === 'string' ? this.i18n.t(key, params) : this.i18n.text(key);
  }
}
