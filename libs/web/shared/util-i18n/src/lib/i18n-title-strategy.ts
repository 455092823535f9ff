import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type ActivatedRouteSnapshot, PRIMARY_OUTLET, type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService } from './i18n-service';
import type { LocalizedText, TranslationKey } from './i18n-types';

/** Route data holding a page title given in both languages (plug-in tabs and pages use their label). */
export const TITLE_TEXT = 'ecTitleText';

type PageTitle = { key: TranslationKey } | { text: LocalizedText };

/**
 * Route `title`s are translation keys; a route may instead carry `data: { [TITLE_TEXT]: { de, en } }`.
 * The deepest route with either wins. The document title follows the route and the language
 * ("Anmelden – eCampus"), which screen reader users hear on every navigation.
 */
@Injectable()
export class I18nTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18nService);
  private readonly title = inject(Title);
  private readonly page = signal<PageTitle | null>(null);

  constructor() {
    super();
    effect(() => {
      const page = this.page();
      const appName = this.i18n.t('app.name');
      const text = page ? ('key' in page ? this.i18n.t(page.key) : this.i18n.text(page.text)) : null;
      this.title.setTitle(text ? `${text} – ${appName}` : appName);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    let page: PageTitle | null = null;
    for (let route: ActivatedRouteSnapshot | undefined = snapshot.root; route; route = primaryChild(route)) {
      const key = this.getResolvedTitleForRoute(route) as TranslationKey | undefined;
      const text = route.data[TITLE_TEXT] as LocalizedText | undefined;
      if (key) page = { key };
      else if (text) page = { text };
    }
    this.page.set(page);
  }
}

function primaryChild(route: ActivatedRouteSnapshot): ActivatedRouteSnapshot | undefined {
  return route.children.find((child) => child.outlet === PRIMARY_OUTLET);
}
