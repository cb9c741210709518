import { formatBoth, formatMessage, isMessageRef, type BilingualText, type Locale, type MessageRef } from '@xp/shared';
import type { NotificationInput } from './audit.ports';

/** A notification's texts, rendered from the message catalogue: in both languages, or in one reader's. */
export interface NotificationTexts {
  title: BilingualText;
  body: BilingualText | null;
  /** The title's catalogue code and parameters, for machine readers (webhooks); null for a caller's own text. */
  message: MessageRef | null;
}

export function notificationTexts(n: Pick<NotificationInput, 'title' | 'body'>): NotificationTexts {
  const message = isMessageRef(n.title) ? { code: n.title.code, params: n.title.params ?? {} } : null;
  return {
    title: message ? formatBoth(message) : (n.title as BilingualText),
    body: n.body === undefined ? null : { fr: n.body, en: n.body },
    message,
  };
}

/** The e-mail of a notification in the member's language. */
export function notificationEmail(
  n: Pick<NotificationInput, 'title' | 'body'>,
  locale: Locale,
): { subject: string; text: string } {
  const texts = notificationTexts(n);
  const title = texts.title[locale];
  const body = texts.body?.[locale] ?? '';
  const footer = formatMessage(locale, 'EMAIL_NOTIFICATION_FOOTER');
  return { subject: title, text: `${title}\n\n${body ? `${body}\n\n` : ''}-- \n${footer}\n` };
}
