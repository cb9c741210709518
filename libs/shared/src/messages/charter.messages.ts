import { defineMessages } from './format';

/** Brand charter findings and the labels they name. */
export const CHARTER_MESSAGES = defineMessages({
  CHARTER_CONFIDENTIAL_TERM: {
    fr: '« {excerpt} » est une information confidentielle de la marque : elle ne doit pas être publiée.',
    en: '"{excerpt}" is confidential to the brand: it must not be published.',
  },
  CHARTER_BANNED_TERM: {
    fr: '« {excerpt} » est interdit par la charte de la marque ({label}).',
    en: '"{excerpt}" is banned by the brand charter ({label}).',
  },
  CHARTER_SENSITIVE_TERM: {
    fr: '« {excerpt} » touche un sujet que la charte demande d’éviter ({label}) : à vérifier.',
    en: '"{excerpt}" touches a topic the charter asks to avoid ({label}): please check.',
  },
  CHARTER_MAX_HASHTAGS: {
    fr: 'Trop de hashtags dans ce message : {count} (maximum {limit}).',
    en: 'Too many hashtags in this segment: {count} (at most {limit}).',
  },
  CHARTER_MAX_MENTIONS: {
    fr: 'Trop de mentions dans ce message : {count} (maximum {limit}).',
    en: 'Too many mentions in this segment: {count} (at most {limit}).',
  },
  CHARTER_REQUIRED_ELEMENT: { fr: '{kind} doit contenir {element}.', en: '{kind} must include {element}.' },
  CHARTER_EXACT_DUPLICATE: {
    fr: 'Ce message reprend mot pour mot une publication récente de ce compte : X refuse les doublons.',
    en: 'This segment repeats a recent post of this account word for word: X rejects duplicates.',
  },
  CHARTER_NEAR_DUPLICATE_SAME_ACCOUNT: {
    fr: 'Ce message ressemble à {percent} % à une publication récente de ce compte.',
    en: 'This segment is {percent}% similar to a recent post on this account.',
  },
  CHARTER_NEAR_DUPLICATE_SIBLING: {
    fr: 'Ce message ressemble à {percent} % à une publication récente d’un compte de la même marque.',
    en: 'This segment is {percent}% similar to a recent post on a sibling account.',
  },
  CHARTER_SELF_PROMOTION: {
    fr: 'Trop d’autopromotion : {count} publications autopromotionnelles sur {window} consécutives de ce compte (maximum {limit}).',
    en: 'Too much self-promotion: {count} self-promotional posts in {window} consecutive posts of this account (at most {limit}).',
  },
  CHARTER_CATEGORY_INSULT: { fr: 'insulte ou grossièreté', en: 'insult or profanity' },
  CHARTER_CATEGORY_POLITICS: { fr: 'politique', en: 'politics' },
  CHARTER_CATEGORY_RELIGION: { fr: 'religion', en: 'religion' },
  CHARTER_CATEGORY_DENIGRATION: { fr: 'dénigrement', en: 'denigration' },
  CHARTER_CATEGORY_CUSTOM: { fr: 'terme interdit par la marque', en: 'term banned by the brand' },
  CHARTER_SUBJECT_STANDARD: { fr: 'Une publication', en: 'A post' },
  CHARTER_SUBJECT_JOB_OFFER: { fr: 'Une offre d’emploi', en: 'A job offer' },
  CHARTER_SUBJECT_LIVE: { fr: 'Un live-tweet', en: 'A live post' },
  CHARTER_ELEMENT_LINK: { fr: 'un lien', en: 'a link' },
  CHARTER_ELEMENT_HASHTAG: { fr: 'au moins un hashtag', en: 'at least one hashtag' },
  CHARTER_ELEMENT_MENTION: { fr: 'au moins une mention', en: 'at least one mention' },
});
