import { CHARTER_MESSAGES } from './charter.messages';
import { API_ERROR_MESSAGES } from './errors.messages';
import {
  type BilingualText,
  type Locale,
  type MessageParams,
  type MessageRef,
  type MessageTexts,
  interpolate,
} from './format';
import { IMPORT_ROW_MESSAGES, NOTIFICATION_MESSAGES } from './notifications.messages';
import { POST_LABEL_MESSAGES, POST_REFUSAL_MESSAGES } from './posts.messages';

export * from './format';

/** The blocks of the catalogue, by area (the catalogue's test checks that no code appears in two of them). */
export const MESSAGE_BLOCKS = {
  posts: POST_LABEL_MESSAGES,
  refusals: POST_REFUSAL_MESSAGES,
  charter: CHARTER_MESSAGES,
  errors: API_ERROR_MESSAGES,
  notifications: NOTIFICATION_MESSAGES,
  importRows: IMPORT_ROW_MESSAGES,
} as const;

/**
 * The one message catalogue of the product: every error, refusal, finding and notification a person may read, in
 * French and English, by stable code. The server sends codes with parameters; the web and e-mails render them.
 */
export const MESSAGES = {
  ...POST_LABEL_MESSAGES,
  ...POST_REFUSAL_MESSAGES,
  ...CHARTER_MESSAGES,
  ...API_ERROR_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...IMPORT_ROW_MESSAGES,
} as const satisfies Record<string, MessageTexts>;

export type MessageCode = keyof typeof MESSAGES;

export const MESSAGE_CODES = Object.keys(MESSAGES) as MessageCode[];

export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(MESSAGES, code);
}

/**
 * The text of a message in a language, its `{placeholders}` filled from `params` (nested messages rendered in the
 * same language). An unknown code renders as the code itself, so a message is never silently empty.
 */
export function formatMessage(locale: Locale, code: string, params?: MessageParams): string {
  const texts: MessageTexts | undefined = isMessageCode(code) ? MESSAGES[code] : undefined;
  if (!texts) return code;
  return interpolate(texts[locale], params, locale, (ref) => formatMessage(locale, ref.code, ref.params));
}

/** A message rendered in both languages (for stored or broadcast texts whose reader's language is unknown). */
export function formatBoth(ref: MessageRef): BilingualText {
  return { fr: formatMessage('fr', ref.code, ref.params), en: formatMessage('en', ref.code, ref.params) };
}
