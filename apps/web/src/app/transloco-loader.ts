import { Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { MESSAGE_CODES, MESSAGES, POST_STATUS_VALUES, type Locale } from '@xp/shared';

/** A catalogue text in Transloco's syntax: `{name}` placeholders become `{{name}}`. */
const transloco = (text: string) => text.replace(/\{(\w+)\}/g, '{{$1}}');

/**
 * The message catalogue of `@xp/shared` (the one the server and the e-mails use) as translations: every code under
 * `msg.<CODE>` (errors, refusals, findings, notifications), and the post status words under `status.<status>`.
 */
export function catalogueTranslations(locale: Locale): Translation {
  const msg = Object.fromEntries(MESSAGE_CODES.map((code) => [code, transloco(MESSAGES[code][locale])]));
  const status = Object.fromEntries(
    POST_STATUS_VALUES.map((s) => [s, MESSAGES[`POST_STATUS_${s.toUpperCase()}` as keyof typeof MESSAGES][locale]]),
  );
  return { msg, status };
}

/** Translations are bundled as lazy chunks (hashed, cacheable), one per language, merged with the catalogue. */
@Injectable({ providedIn: 'root' })
export class BundledTranslationLoader implements TranslocoLoader {
  async getTranslation(lang: string): Promise<Translation> {
    switch (lang) {
      case 'en':
        return { ...(await import('../i18n/en.json')).default, ...catalogueTranslations('en') };
      default:
        return { ...(await import('../i18n/fr.json')).default, ...catalogueTranslations('fr') };
    }
  }
}
