import { LIFECYCLE_ACTION_TYPES } from './post-lifecycle';

/**
 * Every action a post's history (the audit trail of a post) may name: each lifecycle transition (`post.<action>`) and
 * the events written beside them. The web words each one (post.actions.<action with _ for .>, FR and EN): a test
 * checks it, so the history never shows a raw code such as `post.submit`.
 */
export const POST_HISTORY_ACTIONS = [
  'post.created',
  'post.commented',
  'post.media_alt_text_changed',
  'post.tweet_deleted',
  ...LIFECYCLE_ACTION_TYPES.map((t) => `post.${t}` as const),
] as const;

/**
 * The status reasons the server writes as codes (the post page's banner words them: post.reasons.<code>). Other
 * reasons (an error X gave when publishing failed) are shown as they are.
 */
export const POST_STATUS_REASON_CODES = [
  'awaiting_approvals',
  'awaiting_charter_blocked',
  'awaiting_schedule_missing',
  'awaiting_schedule_window_passed',
  'changes_requested',
  'cancelled',
  'job_offer_closed',
  'removed_from_queue',
] as const;
