import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from './i18n.service';
import type { TranslationKey, TranslationParams } from './i18n.types';

/**
 * `{{ 'login.submit' | t }}`. Impure on purpose: the key stays the same when the language
 * changes, so a pure pipe would keep the old text. The lookup is one Map.get, and the signal read
 * inside marks the view for refresh in zoneless change detection.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
