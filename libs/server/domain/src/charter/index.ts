export * from './charter';
export * from './charter-check';
export { normalizeText, tokenize, termWords, type TextToken, type TokenKind } from './text-tokens';
export { shingles, jaccard } from './near-duplicate';
export * as charterWordLists from './word-lists';
export { isPromotionalText } from './promotional-text';
export { DISCRIMINATION_STANCE, POLITICS_STANCE, mentionSpans, stanceSkip, type Stance } from './stance';
export {
  isSelfPromotional,
  selfPromotionTagKey,
  selfPromotionTagKeys,
  worstWindow,
  type SelfPromotionSubject,
} from './self-promotion';
export { textFeatures, guessLanguage, type FeatureHit, type FeatureOptions } from './classifier-features';
export {
  MODEL_CATEGORIES,
  classifyText,
  featureScale,
  MIN_WORDS,
  packCharterModel,
  scoreText,
  unpackCharterModel,
  type CharterModel,
  type FeatureShare,
  type HiddenLayer,
  type TextScores,
  type PackedCharterModel,
  type ModelCategory,
  type ModelHit,
} from './classifier';
