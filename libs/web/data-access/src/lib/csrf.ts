import { HttpInterceptorFn } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';

/**
 * Angular's built-in XSRF support (withXsrfConfiguration) copies the readable `XSRF-TOKEN` cookie into
 * `X-XSRF-TOKEN`. The contract also documents the token returned in `MeResponse.csrfToken` / `GET /api/auth/csrf`
 * as `x-csrf-token`; we remember the latest one and send it too, so either server-side reading works.
 */
@Injectable({ providedIn: 'root' })
export class CsrfTokenHolder {
  token: string | null = null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrfHeaderInterceptor: HttpInterceptorFn = (req, next) => {
  const holder = inject(CsrfTokenHolder);
  const sameOrigin = req.url.startsWith('/') && !req.url.startsWith('//');
  if (!sameOrigin || SAFE_METHODS.has(req.method) || !holder.token || req.headers.has('x-csrf-token')) {
    return next(req);
  }
  return next(req.clone({ setHeaders: { 'x-csrf-token': holder.token } }));
};
