import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { AuthStore } from './auth-store';

/**
 * The session for the whole application: the store, and a restore from the refresh cookie before
 * the first route is decided, so a reload keeps the person signed in. Register authInterceptor in
 * provideHttpClient(withInterceptors(...)) next to it.
 */
export function provideIdentity(): EnvironmentProviders {
  return makeEnvironmentProviders([AuthStore, provideAppInitializer(() => inject(AuthStore).restoreSession())]);
}
