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

/**
 * A per-field detail's message in a language: a detail naming a catalogue code (the blocking findings of
 * CHARTER_BLOCKED) is worded from the catalogue when its text needs no parameters, and left out (null) when it does
 * (the page shows the findings themselves); any other detail as the server wrote it.
 */
export function detailMessageIn(message: string, locale: Locale): string | null {
  if (!isMessageCode(message)) return message;
  return placeholderNames(MESSAGES[message][locale]).length > 0 ? null : formatMessage(locale, message);
}
