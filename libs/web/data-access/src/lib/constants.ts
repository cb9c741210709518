import type { Locale } from '@xp/shared';

/**
 * The UI languages, needed at start-up: listed here so the initial bundle does not import the shared rule book and
 * schemas by value (which would pull zod, Temporal and twitter-text in); pinned to the shared `Locale` both ways.
 */
export const WEB_LOCALES = ['fr', 'en'] as const satisfies readonly Locale[];

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
export const LOCALES_ARE_EXHAUSTIVE: Exhaustive<Locale, (typeof WEB_LOCALES)[number]> = true;
