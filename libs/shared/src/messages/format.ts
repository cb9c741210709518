import type { Locale } from '../api/identity';

/** One message in both languages. Placeholders are `{name}`; both texts must use the same names. */
export interface MessageTexts {
  readonly fr: string;
  readonly en: string;
}

/** A message travelling between layers or over the wire: a catalogue code and its named parameters. */
export interface MessageRef<C extends string = string> {
  code: C;
  params?: MessageParams;
}

/** A text a person typed in both languages (e.g. a brand's own label): shown in the reader's language. */
export interface BilingualText {
  fr: string;
  en: string;
}

/**
 * A parameter: a value shown as is, another message (a label such as a status) rendered in the same language, or
 * a person's own text in both languages.
 */
export type MessageParam = string | number | MessageRef | BilingualText;
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** Builds a message reference (a code and its parameters). */
export function msg<C extends string>(code: C, params?: MessageParams): MessageRef<C> {
  return params === undefined ? { code } : { code, params };
}

export function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && typeof (value as MessageRef).code === 'string';
}

function paramText(value: MessageParam, locale: Locale, render: (ref: MessageRef) => string): string | number {
  if (typeof value !== 'object') return value;
  return isMessageRef(value) ? render(value) : value[locale];
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names of a text, in order of first appearance. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Fills a text's `{name}` placeholders; a parameter that is itself a message is rendered by `render`. A missing
 * parameter leaves its placeholder visible rather than inventing a value.
 */
export function interpolate(
  text: string,
  params: MessageParams | undefined,
  locale: Locale,
  render: (ref: MessageRef) => string,
): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(paramText(value, locale, render));
  });
}

/** Renders nested message parameters to text, leaving plain values as they are (e.g. for Transloco). */
export function renderParams(
  params: MessageParams | undefined,
  locale: Locale,
  render: (ref: MessageRef) => string,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) out[name] = paramText(value, locale, render);
  return out;
}

export type { Locale };
