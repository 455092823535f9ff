import { Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { of, type Observable } from 'rxjs';
import { de } from './dictionaries/de';
import { en } from './dictionaries/en';
import { isLanguage } from './i18n-types';

/** The app's own dictionary (shell, start page, errors, common words): bundled, so it is there at once. */
@Injectable()
export class AppTextsLoader implements TranslocoLoader {
  getTranslation(lang: string): Observable<Translation> {
    // Scopes bring their own inline loaders; anything else has no texts here.
    return of(isLanguage(lang) ? { de, en }[lang] : {});
  }
}
