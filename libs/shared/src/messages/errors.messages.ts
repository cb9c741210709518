import { defineMessages } from './format';

/**
 * Errors of the API (`code` of the error body). Entries with `{placeholders}` are only for errors that carry
 * their parameters; the others are worded so that they read well without any.
 */
export const API_ERROR_MESSAGES = defineMessages({
  BAD_REQUEST: { fr: 'Requête invalide.', en: 'Bad request.' },
  VALIDATION_FAILED: { fr: 'Certains champs sont invalides.', en: 'Some fields are invalid.' },
  MALFORMED_JSON: { fr: 'Le corps de la requête n’est pas du JSON valide.', en: 'The request body is not valid JSON' },
  PAYLOAD_TOO_LARGE: { fr: 'Le corps de la requête est trop volumineux.', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { fr: 'Format de requête non pris en charge.', en: 'Unsupported request format.' },
  METHOD_NOT_ALLOWED: { fr: 'Méthode non autorisée.', en: 'Method not allowed.' },
  CSRF_INVALID: {
    fr: 'Jeton de sécurité absent ou expiré : rechargez la page et réessayez.',
    en: 'Security token missing or expired; reload the page and try again',
  },
  INTERNAL: {
    fr: 'Une erreur s’est produite de notre côté ; elle a été enregistrée.',
    en: 'Something went wrong on our side; it has been logged',
  },
  ERROR: { fr: 'Une erreur s’est produite.', en: 'Something went wrong.' },
  CONFLICT: { fr: 'Conflit avec l’état actuel.', en: 'Conflict with the current state.' },
  UNPROCESSABLE: { fr: 'Demande refusée.', en: 'Request refused.' },
  TOO_MANY_REQUESTS: { fr: 'Trop de tentatives : réessayez plus tard.', en: 'Too many attempts: try again later.' },
  NOT_FOUND: { fr: 'Introuvable.', en: 'Not found.' },
  DATABASE_DOWN: { fr: 'La base de données est injoignable.', en: 'The database is not reachable' },
  NOT_SIGNED_IN: { fr: 'Connectez-vous pour continuer.', en: 'Sign in to continue' },
  FORBIDDEN: { fr: 'Votre rôle ne permet pas cette action.', en: 'Your role does not allow this action' },
  STALE_VERSION: {
    fr: 'Cet élément a été modifié par quelqu’un d’autre ; rechargez-le et réessayez.',
    en: 'This item was changed by someone else; reload it and try again',
  },
  INVALID_CREDENTIALS: { fr: 'Adresse e-mail ou mot de passe incorrect.', en: 'Email or password is incorrect' },
  INVALID_TOKEN: {
    fr: 'Le jeton d’accès est inconnu, révoqué ou expiré.',
    en: 'The access token is unknown, revoked or expired',
  },
  WEAK_PASSWORD: { fr: 'Mot de passe trop faible.', en: 'The password is too weak.' },
  WRONG_PASSWORD: { fr: 'Le mot de passe actuel est incorrect.', en: 'The current password is incorrect' },
  EMAIL_TAKEN: {
    fr: 'Un compte existe déjà avec cette adresse ; connectez-vous.',
    en: 'An account with this email already exists; sign in instead',
  },
  ACCOUNT_DETAILS_REQUIRED: {
    fr: 'Choisissez un nom et un mot de passe pour créer votre compte.',
    en: 'Choose a display name and a password to create your account',
  },
  ALREADY_MEMBER: { fr: 'Déjà membre de cet espace.', en: 'Already a member of this workspace.' },
  LAST_OWNER: {
    fr: 'Un espace a besoin d’au moins un propriétaire : nommez d’abord quelqu’un d’autre propriétaire.',
    en: 'A workspace needs at least one owner; make someone else owner first',
  },
  SIGN_IN_TO_ACCEPT: {
    fr: 'Connectez-vous avec l’adresse invitée pour accepter cette invitation.',
    en: 'Sign in with the invited email to accept this invitation.',
  },
  INVITATION_EXPIRED: {
    fr: 'Cette invitation a expiré (les liens sont valables 7 jours) ; demandez-en une nouvelle.',
    en: 'This invitation has expired (links are valid 7 days); ask for a new one',
  },
  INVITATION_USED: {
    fr: 'Cette invitation a déjà été utilisée ou révoquée ; demandez-en une nouvelle.',
    en: 'This invitation has already been used or revoked; ask for a new one',
  },
  WORKSPACE_NOT_FOUND: { fr: 'Espace de travail introuvable.', en: 'Workspace not found' },
  MEMBER_NOT_FOUND: { fr: 'Membre introuvable.', en: 'Member not found' },
  INVITATION_NOT_FOUND: {
    fr: 'Invitation introuvable ou plus en attente.',
    en: 'Invitation not found or no longer pending',
  },
  TOKEN_NOT_FOUND: { fr: 'Jeton introuvable.', en: 'Token not found' },
  BRAND_NOT_FOUND: { fr: 'Marque introuvable.', en: 'Brand not found' },
  BRAND_NAME_TAKEN: {
    fr: 'Une marque porte déjà ce nom dans cet espace.',
    en: 'A brand with this name already exists in this workspace.',
  },
  ACCOUNT_NOT_FOUND: { fr: 'Compte introuvable.', en: 'Account not found' },
  ACCOUNT_NOT_CONNECTED: {
    fr: 'Ce compte X doit d’abord être reconnecté.',
    en: 'This X account must be reconnected first.',
  },
  BAD_TIMEZONE: {
    fr: 'Fuseau horaire inconnu (utilisez un nom IANA comme Europe/Paris).',
    en: 'Unknown timezone (use an IANA name such as Europe/Paris).',
  },
  OAUTH_STATE_MISSING: {
    fr: 'La réponse d’autorisation X n’a pas d’état ; recommencez depuis « Connecter un compte X ».',
    en: 'The X authorization answer has no state; start again from "Connect an X account"',
  },
  OAUTH_STATE_INVALID: {
    fr: 'Cette autorisation X a expiré ou a déjà servi ; recommencez.',
    en: 'This X authorization has expired or was already used; start again',
  },
  OAUTH_STATE_OTHER_USER: {
    fr: 'Cette autorisation X a été commencée par un autre utilisateur ; recommencez.',
    en: 'This X authorization was started by another user; start again',
  },
  X_NOT_CONFIGURED: {
    fr: 'Aucune application X n’est configurée (X_CLIENT_ID) ; contactez votre administrateur.',
    en: 'No X app is configured (X_CLIENT_ID); ask your administrator',
  },
  X_AUTHORIZATION_DENIED: { fr: 'L’autorisation X a été refusée.', en: 'The X authorization was refused' },
  X_EXCHANGE_FAILED: { fr: 'X a refusé la connexion.', en: 'X refused the connection.' },
  X_MEDIA_FAILED: { fr: 'X a refusé le média.', en: 'X refused the media.' },
  X_PUBLISH_FAILED: { fr: 'X n’a pas publié.', en: 'X did not publish.' },
  POST_NOT_FOUND: { fr: 'Publication introuvable.', en: 'Post not found' },
  COMMENT_NOT_FOUND: {
    fr: 'Le commentaire auquel vous répondez n’existe pas.',
    en: 'The comment you reply to does not exist',
  },
  PUBLISH_BY_WITHOUT_DATE: {
    fr: 'Une date limite (publishBy) demande une date de publication.',
    en: 'A deadline (publishBy) needs a scheduled time',
  },
  BAD_SEGMENTS: { fr: 'Le contenu de la publication est invalide.', en: 'The post content is invalid.' },
  POST_TOO_LONG: {
    fr: 'Message trop long pour @{handle} ({max} caractères pondérés au plus).',
    en: 'Segment too long for @{handle} (at most {max} weighted characters)',
  },
  RANGE_TOO_DENSE: {
    fr: 'Plus de {max} publications sur cette période : réduisez-la ou filtrez par marque, compte ou statut.',
    en: 'More than {max} posts in this range: narrow the range or filter by brand, account or status',
  },
  RANGE_INCOMPLETE: {
    fr: 'Une période demande « from » et « to ».',
    en: 'A calendar range needs both "from" and "to"',
  },
  RANGE_TOO_LARGE: { fr: 'La période demandée est trop longue.', en: 'The calendar range is too long.' },
  INVALID_RANGE: {
    fr: 'Le début de la période doit précéder sa fin.',
    en: 'The start of the range must come before its end.',
  },
  MEDIA_NOT_FOUND: { fr: 'Média introuvable.', en: 'Media not found' },
  MEDIA_TOO_LARGE: { fr: 'Fichier trop volumineux.', en: 'The file is too large.' },
  UNSUPPORTED_MEDIA: {
    fr: 'Seules les images PNG, JPEG, WebP et GIF et les vidéos MP4 sont acceptées.',
    en: 'Only PNG, JPEG, WebP and GIF images and MP4 videos are accepted',
  },
  ALT_TEXT_TOO_LONG: {
    fr: 'Le texte alternatif fait au plus 1000 caractères.',
    en: 'Alt text is at most 1000 characters',
  },
  FILE_REQUIRED: {
    fr: 'Envoyez le fichier en multipart/form-data dans le champ « file ».',
    en: 'Send the file as multipart/form-data in the field "file"',
  },
  BAD_CHARTER: { fr: 'La charte n’est pas valide.', en: 'The charter is not valid.' },
  HOLD_NOT_FOUND: { fr: 'Pause introuvable.', en: 'Hold not found' },
  HOLD_SCOPE_INVALID: {
    fr: 'Une pause couvre un espace, une marque ou un compte.',
    en: 'A hold covers a workspace, a brand or an account',
  },
  HOLD_REASON_REQUIRED: { fr: 'Indiquez pourquoi la publication est suspendue.', en: 'Say why publishing is paused' },
  HOLD_TARGET_NOT_FOUND: {
    fr: 'Cible de la pause introuvable dans cet espace.',
    en: 'The hold target is not in this workspace.',
  },
  HOLD_RELEASE_MODE_INVALID: { fr: 'Choisissez reprendre ou renvoyer en validation.', en: 'Choose resume or review' },
  HOLD_ALREADY_RELEASED: { fr: 'Cette pause a déjà été levée.', en: 'This hold was already released' },
  NOTIFICATION_NOT_FOUND: { fr: 'Notification introuvable.', en: 'Notification not found' },
  WEBHOOK_NOT_FOUND: { fr: 'Webhook introuvable.', en: 'Webhook not found' },
  TOO_MANY_WEBHOOKS: {
    fr: 'Un espace a un nombre limité de webhooks ; supprimez-en un d’abord.',
    en: 'A workspace has a limited number of webhooks; delete one first.',
  },
  DUPLICATE_EVENT: { fr: 'Un événement est listé deux fois.', en: 'An event is listed twice.' },
  AUDIT_EXPORT_TOO_LARGE: {
    fr: 'Trop d’événements correspondent ; réduisez les dates ou les filtres.',
    en: 'Too many events match; narrow the dates or filters.',
  },
  JOB_OFFER_NOT_FOUND: { fr: 'Offre d’emploi introuvable.', en: 'Job offer not found' },
  JOB_OFFER_CLOSED: { fr: 'Cette offre d’emploi est close.', en: 'This job offer is closed' },
  BAD_CONTRACT_TYPE: { fr: 'Type de contrat inconnu.', en: 'Unknown contract type' },
  BAD_LANGUAGE: { fr: 'La langue doit être fr ou en.', en: 'language must be fr or en' },
  UNKNOWN_TEMPLATE_VARIABLE: { fr: 'Variable de modèle inconnue.', en: 'Unknown template variable.' },
  IMPORT_NOT_FOUND: { fr: 'Import introuvable.', en: 'Import not found' },
  IMPORT_SOURCE: {
    fr: 'Envoyez soit du texte CSV (content), soit un classeur .xlsx.',
    en: 'Send either CSV text (content) or an .xlsx workbook',
  },
  EMPTY_IMPORT: { fr: 'Le fichier n’a aucune ligne.', en: 'The file has no rows' },
  IMPORT_TOO_LARGE: { fr: 'Trop de lignes pour un import.', en: 'Too many rows for one import.' },
  IMPORT_ALREADY_RUN: {
    fr: 'Cet import a déjà été lancé ; recommencez par une simulation.',
    en: 'This import has already been run; start a new dry run',
  },
  BAD_CSV: { fr: 'Le fichier n’est pas un CSV valide.', en: 'The file is not valid CSV.' },
  BAD_XLSX: { fr: 'Ce fichier n’est pas un classeur .xlsx lisible.', en: 'The file is not a readable .xlsx workbook.' },
  XLSX_TOO_LARGE: {
    fr: 'Le classeur décompressé dépasse {megabytes} Mo : envoyez une seule feuille d’au plus {rows} lignes, sans images.',
    en: 'The workbook unpacks to more than {megabytes} MB: send one sheet of at most {rows} rows, without images',
  },
  RECURRENCE_NOT_FOUND: { fr: 'Récurrence introuvable.', en: 'Recurrence not found' },
  RECURRENCE_PAUSED: { fr: 'Cette récurrence est en pause.', en: 'This recurrence is paused' },
  BAD_RECURRENCE: { fr: 'La récurrence est invalide.', en: 'The recurrence is invalid.' },
  NO_FRESH_VARIANT: {
    fr: 'Toutes les variantes ont été publiées récemment sur ce compte ; ajoutez-en une nouvelle.',
    en: 'Every variant was posted recently on this account; add a new variant',
  },
  NO_POSTING_SLOTS: {
    fr: 'Ce compte n’a pas de créneaux de publication ; définissez-les d’abord.',
    en: 'This account has no posting slots; set them first.',
  },
  QUEUE_FULL: { fr: 'Aucun créneau libre d’ici un an.', en: 'No free posting slot within a year' },
  LIVE_SESSION_NOT_FOUND: { fr: 'Session live introuvable.', en: 'Live session not found' },
  LIVE_SESSION_ENDED: { fr: 'Cette session live est terminée.', en: 'This live session has ended' },
  LIVE_BUDGET_EXHAUSTED: { fr: 'Le budget de la session live est épuisé.', en: 'The live budget is used up.' },
  OUTSIDE_LIVE_SESSION: {
    fr: 'L’horaire de la publication est en dehors de la session live.',
    en: 'The post time is outside the live session',
  },
  BAD_LIVE_WINDOW: {
    fr: 'Une session live finit après son début, dans les 12 heures.',
    en: 'A live session ends after it starts, within 12 hours',
  },
  CALENDAR_FEED_NOT_FOUND: { fr: 'Flux de calendrier introuvable.', en: 'Calendar feed not found' },
  BAD_TARGET: { fr: 'Cible invalide.', en: 'Invalid target.' },
  RATE_LIMIT_WINDOW_EXCEEDED: {
    fr: '{count} publications prévues sur {span} alors que le niveau {tier} en autorise {limit} : les suivantes seront différées.',
    en: '{count} posts planned within {span} but the {tier} tier allows {limit}: the rest will be deferred.',
  },
});
