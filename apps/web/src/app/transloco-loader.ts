import { Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
// The catalogue's own entry point: the package's index would also bring its rules (twitter-text) into the first load.
import { MESSAGE_CODES, MESSAGES, type Locale } from '@xp/shared/messages';

const STATUS_PREFIX = 'POST_STATUS_';

/** A catalogue text in Transloco's syntax: `{name}` placeholders become `{{name}}`. */
const transloco = (text: string) => text.replace(/\{(\w+)\}/g, '{{$1}}');

/**
 * The message catalogue of `@xp/shared` (the one the server and the e-mails use) as translations: every code under
 * `msg.<CODE>` (errors, refusals, findings, notifications), and the post status words under `status.<status>`.
 */
export function catalogueTranslations(locale: Locale): Translation {
  const msg = Object.fromEntries(MESSAGE_CODES.map((code) => [code, transloco(MESSAGES[code][locale])]));
  const status = Object.fromEntries(
    MESSAGE_CODES.filter((code) => code.startsWith(STATUS_PREFIX)).map((code) => [
      code.slice(STATUS_PREFIX.length).toLowerCase(),
      MESSAGES[code][locale],
    ]),
  );
  return { msg, status };
}

/**
 * Translations are bundled as lazy chunks (hashed, cacheable): per language, the app's words (`<lang>.json`), the
 * post screens' words (`<lang>.posts.json`) and the message catalogue, merged.
 */
@Injectable({ providedIn: 'root' })
export class BundledTranslationLoader implements TranslocoLoader {
  async getTranslation(lang: string): Promise<Translation> {
    switch (lang) {
      case 'en':
        return {
          ...(await import('../i18n/en.json')).default,
          ...(await import('../i18n/en.posts.json')).default,
          ...catalogueTranslations('en'),
        };
      default:
        return {
          ...(await import('../i18n/fr.json')).default,
          ...(await import('../i18n/fr.posts.json')).default,
          ...catalogueTranslations('fr'),
        };
    }
  }
}
