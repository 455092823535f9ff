import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { LanguageSwitch } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Frame of the pages a person sees before signing in: app name, language switch, one card with heading and intro. */
@Component({
  selector: 'ec-auth-card',
  imports: [MatCardModule, LanguageSwitch, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="auth-header">
      <span class="brand">{{ 'app.name' | t }}</span>
      <ec-language-switch
        [language]="i18n.language()"
        [label]="'language.label' | t"
        (languageChange)="i18n.setLanguage($event)"
      />
    </header>
    <main id="main" class="auth-main" tabindex="-1">
      <mat-card appearance="outlined" class="auth-card">
        <mat-card-content>
          <h1 class="auth-title">{{ heading() }}</h1>
          @if (intro()) {
            <p class="intro">{{ intro() }}</p>
          }
          <ng-content />
        </mat-card-content>
      </mat-card>
      <p class="tagline">{{ 'app.tagline' | t }}</p>
    </main>
  `,
  styles: `
    :host { display: flex; flex-direction: column; min-height: 100dvh; background: var(--mat-sys-surface-container-low); }
    .auth-header { display: flex; align-items: center; justify-content: space-between; gap: 16px; padding: 12px 16px; }
    .brand { font: var(--mat-sys-title-large); color: var(--mat-sys-primary); }
    .auth-main { flex: 1; display: flex; flex-direction: column; align-items: center; padding: 16px 12px 32px; outline: none; }
    .auth-card { width: 100%; max-width: 420px; }
    .auth-title { font: var(--mat-sys-headline-small); margin: 8px 0 4px; }
    .intro { margin: 0 0 16px; color: var(--mat-sys-on-surface-variant); }
    .tagline { margin-top: 24px; text-align: center; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
  `,
})
export class AuthCard {
  protected readonly i18n = inject(I18nService);
  readonly heading = input.required<string>();
  readonly intro = input('');
}
