import { defineMessages } from './format';

/** Titles of notifications (in-app, e-mail subject, webhook payload) and the e-mail footer. */
export const NOTIFICATION_MESSAGES = defineMessages({
  NOTIFY_POST_SUBMITTED: { fr: 'Une publication attend votre validation', en: 'A post is waiting for your approval' },
  NOTIFY_POST_APPROVED: { fr: 'Votre publication a été validée', en: 'Your post was approved' },
  NOTIFY_POST_CHANGES_REQUESTED: { fr: 'Des modifications sont demandées', en: 'Changes were requested' },
  NOTIFY_POST_PUBLISHED: { fr: 'Publication en ligne', en: 'Post published' },
  NOTIFY_POST_FAILED: { fr: 'Échec de publication', en: 'Post failed' },
  NOTIFY_POST_MISSED: { fr: 'Publication manquée', en: 'Post missed' },
  NOTIFY_POST_PUBLISHED_ON: { fr: 'Publiée sur @{handle}', en: 'Published on @{handle}' },
  NOTIFY_POST_FAILED_ON: { fr: 'Échec de publication sur @{handle}', en: 'Publishing failed on @{handle}' },
  NOTIFY_POST_MISSED_ON: { fr: 'Publication manquée sur @{handle}', en: 'Missed post on @{handle}' },
  NOTIFY_COMMENT_MENTION: {
    fr: 'Vous avez été mentionné dans un commentaire',
    en: 'You were mentioned in a comment',
  },
  NOTIFY_HOLD_PLACED: { fr: 'Publication suspendue : {reason}', en: 'Publishing on hold: {reason}' },
  NOTIFY_HOLD_RELEASED_RESUME: {
    fr: 'Suspension levée : les publications reprennent',
    en: 'Hold released: publishing resumes',
  },
  NOTIFY_HOLD_RELEASED_REVIEW: {
    fr: 'Suspension levée : {count} publication(s) renvoyée(s) en validation',
    en: 'Hold released: {count} post(s) sent back to review',
  },
  EMAIL_NOTIFICATION_FOOTER: {
    fr: 'Vous recevez ce message selon vos préférences de notification (Paramètres › Notifications).',
    en: 'You receive this message according to your notification preferences (Settings › Notifications).',
  },
});

/** Errors of one row of a bulk import (the row's `code` prefixed with IMPORT_ROW_). */
export const IMPORT_ROW_MESSAGES = defineMessages({
  IMPORT_ROW_ACCOUNT_REQUIRED: { fr: 'Le compte est obligatoire', en: 'The account is required' },
  IMPORT_ROW_ACCOUNT_NOT_ALLOWED: {
    fr: 'Vous ne pouvez pas publier sur @{handle}',
    en: 'You may not post to @{handle}',
  },
  IMPORT_ROW_ACCOUNT_UNKNOWN: { fr: 'Compte inconnu : @{handle}', en: 'Unknown account: @{handle}' },
  IMPORT_ROW_BAD_DATE: {
    fr: 'Date invalide « {value} » (AAAA-MM-JJ ou JJ/MM/AAAA)',
    en: 'Invalid date "{value}" (YYYY-MM-DD or DD/MM/YYYY)',
  },
  IMPORT_ROW_BAD_TIME: { fr: 'Heure invalide « {value} » (HH:mm)', en: 'Invalid time "{value}" (HH:mm)' },
  IMPORT_ROW_IN_THE_PAST: { fr: 'Cette date est déjà passée', en: 'This time is in the past' },
  IMPORT_ROW_TEXT_REQUIRED: { fr: 'Le texte est vide', en: 'The text is empty' },
  IMPORT_ROW_POST_TOO_LONG: {
    fr: '{length} caractères pondérés ; {max} au plus',
    en: '{length} weighted characters; at most {max}',
  },
  IMPORT_ROW_DUPLICATE_IN_FILE: {
    fr: 'Texte identique à une ligne précédente pour ce compte (X le refuserait)',
    en: 'Same text as an earlier row for this account (X would refuse it)',
  },
  IMPORT_ROW_BAD_KIND: { fr: 'Type inconnu « {value} »', en: 'Unknown kind "{value}"' },
  IMPORT_ROW_TOO_MANY_TAGS: { fr: '{max} étiquettes au plus', en: 'At most {max} tags' },
  IMPORT_ROW_FAILED: { fr: 'Ligne non importée : {reason}', en: 'Row not imported: {reason}' },
});
