import { type EnvironmentProviders, inject, makeEnvironmentProviders, provideEnvironmentInitializer } from '@angular/core';
import { I18nService } from '../lib/i18n-service';
import type { I18nScope } from '../lib/i18n-scope';
import { provideI18n } from '../lib/provide-i18n';

/**
 * i18n for a unit test, one line in the TestBed providers: `provideTestI18n()` for the app's texts,
 * `provideTestI18n(PROGRAMS_I18N)` when the tested piece shows a domain's texts. The scopes load as
 * the app would load them (chunks, asynchronously); `await fixture.whenStable()` waits for them.
 */
export function provideTestI18n(...scopes: I18nScope[]): EnvironmentProviders {
  return makeEnvironmentProviders([
    // A spec's first render may come before its scope's texts: no warnings about that.
    provideI18n({ logMissingKeys: false }),
    provideEnvironmentInitializer(() => {
      const i18n = inject(I18nService);
      for (const scope of scopes) void i18n.loadScope(scope);
    }),
  ]);
}
