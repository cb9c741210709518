import { defineMessages } from './format';

/** Post statuses (one word each: the calendar's badges and filters, and inside refusals) and lifecycle actions. */
export const POST_LABEL_MESSAGES = defineMessages({
  POST_STATUS_DRAFT: { fr: 'Brouillon', en: 'Draft' },
  POST_STATUS_IN_REVIEW: { fr: 'En validation', en: 'In review' },
  POST_STATUS_CHANGES_REQUESTED: { fr: 'Modifications demandées', en: 'Changes requested' },
  POST_STATUS_SCHEDULED: { fr: 'Programmé', en: 'Scheduled' },
  POST_STATUS_PUBLISHING: { fr: 'En cours de publication', en: 'Publishing' },
  POST_STATUS_PUBLISHED: { fr: 'Publié', en: 'Published' },
  POST_STATUS_FAILED: { fr: 'Échec', en: 'Failed' },
  POST_STATUS_UNCONFIRMED: { fr: 'Non confirmé', en: 'Unconfirmed' },
  POST_STATUS_MISSED: { fr: 'Manqué', en: 'Missed' },
  POST_STATUS_CANCELLED: { fr: 'Annulé', en: 'Cancelled' },
  LIFECYCLE_ACTION_SUBMIT: { fr: 'soumettre', en: 'submit' },
  LIFECYCLE_ACTION_APPROVE: { fr: 'approuver', en: 'approve' },
  LIFECYCLE_ACTION_REQUEST_CHANGES: { fr: 'demander des modifications', en: 'request changes' },
  LIFECYCLE_ACTION_EDIT_CONTENT: { fr: 'modifier le contenu', en: 'edit the content' },
  LIFECYCLE_ACTION_RESCHEDULE: { fr: 'reprogrammer', en: 'reschedule' },
  LIFECYCLE_ACTION_UNSCHEDULE: { fr: 'retirer la date', en: 'unschedule' },
  LIFECYCLE_ACTION_CANCEL: { fr: 'annuler', en: 'cancel' },
  LIFECYCLE_ACTION_REOPEN: { fr: 'rouvrir', en: 'reopen' },
  LIFECYCLE_ACTION_SEND_BACK_TO_REVIEW: { fr: 'renvoyer en validation', en: 'send back to review' },
  LIFECYCLE_ACTION_CLAIM: { fr: 'prendre en charge pour publication', en: 'claim for publishing' },
  LIFECYCLE_ACTION_RELEASE_CLAIM: { fr: 'rendre la prise en charge', en: 'release the claim' },
  LIFECYCLE_ACTION_DEFER: { fr: 'différer', en: 'defer' },
  LIFECYCLE_ACTION_PUBLISH_SUCCEEDED: { fr: 'marquer publiée', en: 'mark published' },
  LIFECYCLE_ACTION_PUBLISH_FAILED_PERMANENT: { fr: 'marquer en échec', en: 'mark failed' },
  LIFECYCLE_ACTION_PUBLISH_OUTCOME_UNKNOWN: { fr: 'marquer non confirmée', en: 'mark unconfirmed' },
  LIFECYCLE_ACTION_RECONCILE_PUBLISHED: { fr: 'rapprocher (publiée)', en: 'reconcile as published' },
  LIFECYCLE_ACTION_RECONCILE_RETRY: { fr: 'rapprocher (à republier)', en: 'reconcile for retry' },
  LIFECYCLE_ACTION_MARK_MISSED: { fr: 'marquer manquée', en: 'mark missed' },
});

/** Refusals of the post lifecycle and of the approval policy (codes are the API error codes). */
export const POST_REFUSAL_MESSAGES = defineMessages({
  ILLEGAL_TRANSITION: {
    fr: 'Impossible de {action} une publication au statut « {status} ».',
    en: 'Cannot {action} a post in status "{status}".',
  },
  IN_FLIGHT: {
    fr: 'Impossible de {action} : la publication est au statut « {status} » et a peut-être déjà été envoyée à X. Attendez le résultat.',
    en: 'Cannot {action}: the post is in status "{status}" and may already have reached X. Wait for the outcome.',
  },
  SELF_APPROVAL: {
    fr: 'L’auteur d’une publication ne peut pas l’approuver lui-même.',
    en: 'The author of a post cannot approve it.',
  },
  ROLE_NOT_ALLOWED: {
    fr: 'Le rôle « {role} » ne permet pas d’approuver les publications de ce compte.',
    en: 'The role "{role}" may not approve this account\'s posts.',
  },
  STALE_CONTENT: {
    fr: 'Le contenu a changé depuis que vous l’avez lu : relisez la nouvelle version avant d’approuver.',
    en: 'The content changed since you read it: review the new version before approving.',
  },
  ALREADY_APPROVED: {
    fr: 'Vous avez déjà approuvé cette version ; une autre personne doit donner la seconde approbation.',
    en: 'You already approved this version; another person must give the second approval.',
  },
  CHARTER_BLOCKED: {
    fr: 'La charte de la marque bloque cette publication : corrigez-la, ou un administrateur peut passer outre en justifiant.',
    en: 'The brand charter blocks this post: fix it, or an admin may override it with a written reason.',
  },
  OVERRIDE_NOT_ALLOWED: {
    fr: 'Seul un propriétaire ou un administrateur peut passer outre la charte.',
    en: 'Only an owner or an admin may override the charter.',
  },
  OVERRIDE_REASON_REQUIRED: {
    fr: 'Passer outre la charte exige une justification écrite (au moins {min} caractères).',
    en: 'Overriding the charter requires a written reason (at least {min} characters).',
  },
  COMMENT_REQUIRED: {
    fr: 'Expliquez les modifications demandées dans un commentaire.',
    en: 'Explain the requested changes in a comment.',
  },
  SCHEDULE_IN_PAST: {
    fr: 'Cette date est déjà passée : choisissez un horaire à venir.',
    en: 'This time has already passed: choose a time in the future.',
  },
  INVALID_WINDOW: {
    fr: 'La date limite de publication doit être postérieure à la date programmée.',
    en: 'The publish-by deadline must be after the scheduled time.',
  },
  NOT_DUE: { fr: 'Cette publication n’est pas encore due.', en: 'This post is not due yet.' },
  HELD: {
    fr: 'Une pause de crise couvre cette publication : elle attend la levée de la pause.',
    en: 'A crisis hold covers this post: it waits until the hold is released.',
  },
  ACCOUNT_UNAVAILABLE: {
    fr: 'Le compte X doit être reconnecté : la publication attend.',
    en: 'The X account must be reconnected: the post waits.',
  },
  APPROVALS_MISSING: {
    fr: 'Cette version n’a pas les approbations requises : elle ne sera pas publiée.',
    en: 'This version lacks the required approvals: it will not be published.',
  },
  WINDOW_PASSED: {
    fr: 'La fenêtre de publication est passée : la publication doit être marquée manquée.',
    en: 'The publishing window has passed: the post must be marked missed.',
  },
  WINDOW_NOT_PASSED: {
    fr: 'La fenêtre de publication n’est pas encore passée.',
    en: 'The publishing window has not passed yet.',
  },
  APPROVAL_POLICY_BAD_COUNT: {
    fr: 'Le nombre d’approbations requises doit être 0, 1 ou 2.',
    en: 'The number of required approvals must be 0, 1 or 2.',
  },
  APPROVAL_POLICY_UNKNOWN_ROLES: { fr: 'Rôles inconnus : {roles}.', en: 'Unknown roles: {roles}.' },
  APPROVAL_POLICY_NO_APPROVER: {
    fr: 'Au moins un rôle doit pouvoir approuver quand des approbations sont requises.',
    en: 'At least one role must be allowed to approve when approvals are required.',
  },
  NOT_PUBLISHED_REFUSED: { fr: 'Non publiée : {reason}', en: 'Not published: {reason}' },
});
