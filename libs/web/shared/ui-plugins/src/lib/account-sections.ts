import { type EnvironmentProviders, InjectionToken, type InputSignal, type Type, inject, makeEnvironmentProviders } from '@angular/core';

/** What an account section component takes: the account it shows (an input named `userId`). */
export interface AccountSectionComponent {
  readonly userId: InputSignal<string>;
}

/**
 * A block of an account's page in the administration (`/verwaltung/konten/:userId`) that another
 * domain contributes — programs shows the person's programs and roles there — so identity shows
 * it without knowing that domain. Register with provideAccountSection() in the domain's provide
 * function.
 */
export interface AccountSection {
  /** Stable name of the section (`data-testid` of its frame). */
  readonly id: string;
  /** Position on the page, ascending. */
  readonly order: number;
  /**
   * Loads the component (a dynamic import, so it comes with the page, not with the app) and
   * whatever it needs first, such as its domain's texts. Runs in an injection context.
   */
  readonly load: () => Promise<Type<AccountSectionComponent>>;
}

/** The registered account sections. Provide with provideAccountSection() in the app's providers only. */
export const ACCOUNT_SECTIONS = new InjectionToken<readonly AccountSection[]>('ACCOUNT_SECTIONS');

/** Registers a section of the account page, at the app's root (app.config.ts). */
export function provideAccountSection(section: AccountSection): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: ACCOUNT_SECTIONS, useValue: section, multi: true }]);
}

/** The registered sections, ordered. Call in an injection context. */
export function injectAccountSections(): readonly AccountSection[] {
  return [...(inject(ACCOUNT_SECTIONS, { optional: true }) ?? [])].sort((a, b) => a.order - b.order);
}
