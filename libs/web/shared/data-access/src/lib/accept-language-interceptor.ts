import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18nService } from '@ecampus/web/shared/util-i18n';

/** Tells the API which language the person reads, for messages it may localise. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (req, next) => {
  const language = inject(I18nService).language();
  return next(req.headers.has('Accept-Language') ? req : req.clone({ setHeaders: { 'Accept-Language': language } }));
};
