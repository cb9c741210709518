import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@xp/shared';
import { formatMessage, isMessageCode, MESSAGES, placeholderNames, type Locale } from '@xp/shared/messages';

/** An API failure normalised to the contract's error body; `statusCode` 0 means the network failed. */
export type ApiError = ApiErrorBody;

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

/**
 * The error's message in a language, from the message catalogue (its code and params): the English text is the
 * server's own message; another language takes the catalogue's text for the code when it can be filled (the error
 * carries params, or the text needs none), else falls back to the server's English message.
 */
export function errorMessageIn(error: ApiError, locale: Locale): string {
  if (locale === 'en' || !isMessageCode(error.code)) return error.message;
  const fillable = error.params !== undefined || placeholderNames(MESSAGES[error.code][locale]).length === 0;
  return fillable ? formatMessage(locale, error.code, error.params) : error.message;
}
