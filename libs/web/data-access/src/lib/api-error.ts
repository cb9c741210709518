import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@xp/shared';
import type { ApiError } from './error-message';

export { detailMessageIn, errorMessageIn } from './error-message';
export type { ApiError } from './error-message';

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string' &&
    typeof (value as { statusCode?: unknown }).statusCode === 'number'
  );
}

/** Turns anything thrown by HttpClient into the API's error shape, so pages can show the server's words. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body: unknown = error.error;
    if (isErrorBody(body)) {
      return {
        statusCode: body.statusCode,
        code: typeof body.code === 'string' ? body.code : 'ERROR',
        message: body.message,
        details: Array.isArray(body.details) ? body.details : undefined,
        ...(typeof body.params === 'object' && body.params !== null ? { params: body.params } : {}),
      };
    }
    if (error.status === 0) {
      return { statusCode: 0, code: 'NETWORK', message: '' };
    }
    return { statusCode: error.status, code: `HTTP_${error.status}`, message: error.statusText || '' };
  }
  return { statusCode: 0, code: 'UNKNOWN', message: error instanceof Error ? error.message : '' };
}
