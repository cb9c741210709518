import { formatMessage, utcToLocal, type MessageCode } from '@xp/shared';

/** A structured job offer, as the recruiter enters it. */
export interface JobOffer {
  title: string;
  location: string;
  contractType: ContractType;
  url: string;
  /** The last day applications are taken (a UTC instant; shown in the account's timezone). */
  closesAt: Date | null;
  hashtags: readonly string[];
  /** The title in the English post (none: the title above, as entered). */
  titleEn?: string | null;
  /** The hashtags of the English post (none: the hashtags above). */
  hashtagsEn?: readonly string[] | null;
}

export const CONTRACT_TYPES = ['cdi', 'cdd', 'internship', 'apprenticeship', 'freelance'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export const TEMPLATE_LANGUAGES = ['fr', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** The contract type's word in a generated post (from the message catalogue). */
const contractLabel = (type: ContractType, language: TemplateLanguage) =>
  formatMessage(language, `JOB_CONTRACT_${type.toUpperCase()}` as ContractCode);
type ContractCode = `JOB_CONTRACT_${Uppercase<ContractType>}`;
// Every contract type has its words in the catalogue (this fails to compile otherwise).
const worded: ContractCode extends MessageCode ? true : never = true;
void worded;

export const TEMPLATE_VARIABLES = ['title', 'location', 'contractType', 'url', 'closingDate', 'hashtags'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** Starter templates, per language. */
export const DEFAULT_JOB_TEMPLATES: Record<TemplateLanguage, string> = {
  fr: '🚀 Nous recrutons : {{title}} ({{contractType}}) à {{location}}. Candidatures jusqu’au {{closingDate}} : {{url}} {{hashtags}}',
  en: '🚀 We are hiring: {{title}} ({{contractType}}) in {{location}}. Apply by {{closingDate}}: {{url}} {{hashtags}}',
};

const VAR_RE = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** Variables a template uses that do not exist (so the recruiter sees the typo before saving). */
export function unknownTemplateVariables(template: string): string[] {
  return [...template.matchAll(VAR_RE)]
    .map((m) => m[1]!)
    .filter((v) => !(TEMPLATE_VARIABLES as readonly string[]).includes(v));
}

export function formatHashtags(tags: readonly string[]): string {
  return tags
    .map((t) => t.trim().replace(/^#+/, ''))
    .filter(Boolean)
    .map((t) => `#${t}`)
    .join(' ');
}

export function formatClosingDate(at: Date | null, language: TemplateLanguage, timeZone: string): string {
  if (!at) return formatMessage(language, 'JOB_OFFER_FILLED');
  const { date } = utcToLocal(at, timeZone);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // The month's name from the platform's locale data (the local date, read at noon UTC so no zone shifts it).
  const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d, 12)),
  );
  const day = d === 1 ? formatMessage(language, 'JOB_CLOSING_FIRST_DAY') : d;
  return formatMessage(language, 'JOB_CLOSING_DATE', { day, month, year: y });
}

/** Renders a template for an offer, in a language, with dates in the account's timezone. Unknown variables stay as written. */
export function renderJobOffer(
  template: string,
  offer: JobOffer,
  language: TemplateLanguage,
  timeZone: string,
): string {
  const english = language === 'en';
  const values: Record<TemplateVariable, string> = {
    title: (english && offer.titleEn?.trim()) || offer.title.trim(),
    location: offer.location.trim(),
    contractType: contractLabel(offer.contractType, language),
    url: offer.url.trim(),
    closingDate: formatClosingDate(offer.closesAt, language, timeZone),
    hashtags: formatHashtags(english && offer.hashtagsEn ? offer.hashtagsEn : offer.hashtags),
  };
  return template
    .replace(VAR_RE, (whole, name: string) =>
      (TEMPLATE_VARIABLES as readonly string[]).includes(name) ? values[name as TemplateVariable] : whole,
    )
    .replace(/[ \t]+/g, ' ')
    .trim();
}
