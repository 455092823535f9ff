import { Injectable } from '@angular/core';
import type { TranslocoTranspiler, TranspileParams } from '@jsverse/transloco';
import { formatIcu, type IcuParams } from './icu';
import { DEFAULT_LANGUAGE } from './i18n-types';

/**
 * Transloco's transpiler for ICU texts (plurals, select), in place of @jsverse/transloco-messageformat:
 * that plugin compiles each text with `new Function`, which the app's Content-Security-Policy
 * forbids (docs/decisions/016-web-i18n.md).
 */
@Injectable()
export class IcuTranspiler implements TranslocoTranspiler {
  private locale: string = DEFAULT_LANGUAGE;

  transpile({ value, params, key }: TranspileParams): unknown {
    if (typeof value !== 'string') return value;
    try {
      return formatIcu(value, (params ?? {}) as IcuParams, this.locale);
    } catch (error) {
      console.error(`The text of "${key}" is not valid ICU`, error);
      return value;
    }
  }

  onLangChanged(lang: string): void {
    this.locale = lang;
  }
}
