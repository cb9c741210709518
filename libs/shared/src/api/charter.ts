// The brand charter's vocabulary, shared by the rules (libs/server/domain/src/charter) and the charter screen. The
// charter itself travels as `CharterResponse` / `PutCharterRequest` (posts.ts).

/** The categories the detector knows (lexicons, context patterns, named entities), each with a level per brand. */
export const CHARTER_CATEGORY_VALUES = [
  'insult',
  'politics',
  'religion',
  'confidential',
  'competitors',
  'discrimination',
  'health_legal',
  'denigration',
] as const;
export type CharterCategoryValue = (typeof CHARTER_CATEGORY_VALUES)[number];

/** A category's level: its findings block approval, only warn, or it is not checked. */
export const CATEGORY_LEVEL_VALUES = ['block', 'warn', 'off'] as const;
export type CategoryLevelValue = (typeof CATEGORY_LEVEL_VALUES)[number];

/** What greetings for religious feasts ("Joyeux Noël", "Eid Mubarak") do: allowed, or a religion finding. */
export const GREETING_CHOICE_VALUES = ['allow', 'warn', 'block'] as const;
export type GreetingChoiceValue = (typeof GREETING_CHOICE_VALUES)[number];

/** What a post of a kind must hold (a job offer: a link and a hashtag, by default). */
export const REQUIRED_ELEMENT_VALUES = ['link', 'hashtag', 'mention'] as const;
export type RequiredElementValue = (typeof REQUIRED_ELEMENT_VALUES)[number];
