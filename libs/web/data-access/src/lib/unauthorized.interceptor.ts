import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from './session-store';

/** Requests whose 401 is an expected answer, not an expired session. */
const SILENT_401 = [/^\/api\/auth\/(me|login|register|csrf|password)$/, /^\/api\/invitations\//];

/** Any other 401 means the session ended: forget it and go to the login page, coming back afterwards. */
export const unauthorizedInterceptor: HttpInterceptorFn = (req, next) => {
  const router = inject(Router);
  const session = inject(SessionStore);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        const path = req.url.split('?')[0] ?? req.url;
        if (!SILENT_401.some((re) => re.test(path))) {
          session.clear();
          const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
          void router.navigate(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
        }
      }
      return throwError(() => error);
    }),
  );
};
