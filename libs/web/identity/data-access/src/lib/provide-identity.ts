import {
  EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  provideEnvironmentInitializer,
} from '@angular/core';
import { AuthStore } from './auth-store';
import { LiveSocket } from './live-socket';

/**
 * The session for the whole application: the store, a restore from the refresh cookie before
 * the first route is decided (so a reload keeps the person signed in), and the live connection
 * that ends the session on screen when it ends elsewhere. Register authInterceptor in
 * provideHttpClient(withInterceptors(...)) next to it.
 */
export function provideIdentity(): EnvironmentProviders {
  return makeEnvironmentProviders([
    AuthStore,
    LiveSocket,
    provideAppInitializer(() => inject(AuthStore).restoreSession()),
    provideEnvironmentInitializer(() => void inject(LiveSocket)),
  ]);
}
