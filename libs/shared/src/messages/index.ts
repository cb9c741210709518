import ANALYTICS_MESSAGES from './analytics.messages.json';
import CHARTER_MESSAGES from './charter.messages.json';
import API_ERROR_MESSAGES from './errors.messages.json';
import IMPORT_ROW_MESSAGES from './import-rows.messages.json';
import INBOX_MESSAGES from './inbox.messages.json';
import JOB_OFFER_MESSAGES from './job-offers.messages.json';
import LISTENING_MESSAGES from './listening.messages.json';
import NOTIFICATION_MESSAGES from './notifications.messages.json';
import POST_MESSAGES from './posts.messages.json';
import {
  type BilingualText,
  type Locale,
  type MessageParams,
  type MessageRef,
  type MessageTexts,
  interpolate,
} from './format';

export * from './format';

/**
 * The blocks of the catalogue, one JSON file each (the catalogue's test checks that no code is in two of them):
 * - posts: post status words (the calendar's badges and filters), lifecycle actions, lifecycle and approval refusals;
 * - charter: brand charter findings and the labels they name;
 * - errors: API error codes. Entries with `{placeholders}` are only for errors that carry their parameters; the
 *   others are worded to read well without any;
 * - notifications: notification titles (in-app, e-mail subject, webhook payload) and the e-mail footer;
 * - importRows: errors of one row of a bulk import (the row's `code`, prefixed with IMPORT_ROW_);
 * - jobOffers: the words a generated job-offer post uses (contract types, closing date);
 * - inbox: the brand inbox's refusals (the 2026 reply rule) and notifications;
 * - listening: monitors' refusals (a query X would refuse), alerts' notifications and crisis holds;
 * - analytics: what the thinning of metric snapshots means (the analytics page says it when the budget is tight).
 */
export const MESSAGE_BLOCKS = {
  posts: POST_MESSAGES,
  charter: CHARTER_MESSAGES,
  errors: API_ERROR_MESSAGES,
  notifications: NOTIFICATION_MESSAGES,
  importRows: IMPORT_ROW_MESSAGES,
  jobOffers: JOB_OFFER_MESSAGES,
  inbox: INBOX_MESSAGES,
  listening: LISTENING_MESSAGES,
  analytics: ANALYTICS_MESSAGES,
} as const;

/**
 * The one message catalogue of the product: every error, refusal, finding and notification a person may read, in
 * French and English, by stable code. The server sends codes with parameters; the web and e-mails render them.
 * An entry without both languages does not compile (`satisfies`); the catalogue's test checks that both texts of
 * an entry name the same `{placeholders}`.
 */
export const MESSAGES = {
  ...POST_MESSAGES,
  ...CHARTER_MESSAGES,
  ...API_ERROR_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...IMPORT_ROW_MESSAGES,
  ...JOB_OFFER_MESSAGES,
  ...INBOX_MESSAGES,
  ...LISTENING_MESSAGES,
  ...ANALYTICS_MESSAGES,
} satisfies Record<string, MessageTexts>;

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
