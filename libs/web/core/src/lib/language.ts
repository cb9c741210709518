import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Locale } from '@xp/shared';
import { WEB_LOCALES } from '@xp/web/data-access';
import type { LanguageOption } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';

export const LANGUAGE_STORAGE_KEY = 'xp.lang';

export const LANGUAGE_OPTIONS: readonly LanguageOption[] = [
  { code: 'fr', short: 'FR', name: 'Français' },
  { code: 'en', short: 'EN', name: 'English' },
];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (WEB_LOCALES as readonly string[]).includes(value);
}

function readStored(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLocale(): Locale | null {
  const candidates = [...(globalThis.navigator?.languages ?? []), globalThis.navigator?.language];
  for (const candidate of candidates) {
    const short = candidate?.slice(0, 2).toLowerCase();
    if (isLocale(short)) return short;
  }
  return null;
}

/** The language to start with: the saved choice, else the browser's, else French (most customers). */
export function initialLanguage(): Locale {
  return readStored() ?? browserLocale() ?? 'fr';
}

/**
 * The UI language. An explicit choice (the FR/EN switch) is saved in localStorage and wins;
 * without one, the signed-in user's `locale` is used.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<Locale>(this.readActive());

  readonly current = this.state.asReadonly();
  readonly options = LANGUAGE_OPTIONS;

  /** The user picked a language: apply it and remember it on this browser. */
  async choose(lang: string): Promise<void> {
    if (!isLocale(lang)) return;
    try {
      globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    await this.apply(lang);
  }

  /** After sign-in: follow the user's profile language unless this browser has an explicit choice. */
  async adoptUserLocale(locale: string | undefined): Promise<void> {
    if (readStored() || !isLocale(locale)) return;
    await this.apply(locale);
  }

  async apply(lang: Locale): Promise<void> {
    await firstValueFrom(this.transloco.load(lang));
    this.transloco.setActiveLang(lang);
    this.state.set(lang);
    this.document.documentElement.lang = lang;
  }

  private readActive(): Locale {
    const active = this.transloco.getActiveLang();
    return isLocale(active) ? active : 'fr';
  }
}
