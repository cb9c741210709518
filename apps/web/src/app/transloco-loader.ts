import { Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';

/** Translations are bundled as lazy chunks (hashed, cacheable), one per language. */
@Injectable({ providedIn: 'root' })
export class BundledTranslationLoader implements TranslocoLoader {
  async getTranslation(lang: string): Promise<Translation> {
    switch (lang) {
      case 'en':
        return (await import('../i18n/en.json')).default;
      default:
        return (await import('../i18n/fr.json')).default;
    }
  }
}
