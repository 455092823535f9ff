import { type EnvironmentProviders, isDevMode, makeEnvironmentProviders } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTransloco, provideTranslocoTranspiler } from '@jsverse/transloco';
import { AppTextsLoader } from './app-texts-loader';
import { I18nTitleStrategy } from './i18n-title-strategy';
import { IcuTranspiler } from './icu-transpiler';
import { DEFAULT_LANGUAGE, LANGUAGES } from './i18n-types';

export interface I18nOptions {
  /** Warn in the console about keys without text (development builds only). Default: true. */
  logMissingKeys?: boolean;
}

/**
 * Runtime i18n for the app (app.config.ts): Transloco with the app's dictionary eager, domain
 * scopes loaded with their routes (loadI18nScope), ICU texts, and translated route titles.
 */
export function provideI18n(options: I18nOptions = {}): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        // Scope names are keys of Translations and used as they are ("programs"), no camel-casing.
        scopes: { keepCasing: true },
        missingHandler: { logMissingKey: options.logMissingKeys ?? true },
      },
      loader: AppTextsLoader,
    }),
    // After provideTransloco, so it replaces the default {{ }} transpiler.
    provideTranslocoTranspiler(IcuTranspiler),
    { provide: TitleStrategy, useClass: I18nTitleStrategy },
  ]);
}
