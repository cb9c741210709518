import type { ApiErrorBody } from '@xp/shared';
import { formatMessage, isMessageCode, MESSAGES, placeholderNames, type Locale } from '@xp/shared/messages';

/** An API failure normalised to the contract's error body; `statusCode` 0 means the network failed. */
export type ApiError = ApiErrorBody;

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
