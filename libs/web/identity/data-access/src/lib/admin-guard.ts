import { inject } from '@angular/core';
import type { CanMatchFn } from '@angular/router';
import { AuthStore } from './auth-store';

/**
 * Administrators only. As `canMatch` the route does not exist for anyone else: the router goes on
 * to the next route, so others see the 404 page and learn nothing about the administration.
 */
export const adminGuard: CanMatchFn = () => inject(AuthStore).user()?.isAdmin === true;
