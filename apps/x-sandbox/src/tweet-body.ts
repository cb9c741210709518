import { type InvalidParam, invalidRequest } from './problems';
import { XProblemError } from './context';
import { isSnowflakeLike } from './snowflake';

/** The body of POST /2/tweets, validated as X does (unknown keys, exclusive fields, id patterns). */
const ALLOWED_KEYS = new Set([
  'text',
  'reply',
  'media',
  'poll',
  'quote_tweet_id',
  'reply_settings',
  'card_uri',
  'community_id',
  'share_with_followers',
  'direct_message_deep_link',
  'for_super_followers_only',
  'geo',
  'nullcast',
  'edit_options',
  'made_with_ai',
  'paid_partnership',
]);
const EXCLUSIVE = ['media', 'poll', 'quote_tweet_id', 'card_uri', 'direct_message_deep_link'];
const REPLY_SETTINGS = new Set(['following', 'mentionedUsers', 'subscribers', 'verified']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function show(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
}
export function invalid(errors: InvalidParam[]): never {
  throw new XProblemError(400, invalidRequest(errors));
}
function extra(path: string, key: string, value: unknown): InvalidParam {
  return {
    parameters: { [key]: [show(value)] },
    message: `$.${path}${key}: is not defined in the schema and the schema does not allow additional properties`,
  };
}
function checkKeys(obj: Record<string, unknown>, allowed: string[], path: string, errors: InvalidParam[]): void {
  for (const k of Object.keys(obj)) if (!allowed.includes(k)) errors.push(extra(path, k, obj[k]));
}
/**
 * The object at `body[key]` with its unknown keys reported, for its own checks; undefined when absent, or when it is
 * not an object (reported).
 */
function section(
  body: Record<string, unknown>,
  key: string,
  allowed: string[],
  errors: InvalidParam[],
): Record<string, unknown> | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    errors.push({ parameters: { [key]: [show(value)] }, message: `$.${key}: object expected` });
    return undefined;
  }
  checkKeys(value, allowed, `${key}.`, errors);
  return value;
}
/** True when `v` is an array of `min` to `max` items; reported otherwise. */
function itemCount(path: string, v: unknown, min: number, max: number, errors: InvalidParam[]): v is unknown[] {
  if (Array.isArray(v) && v.length >= min && v.length <= max) return true;
  errors.push({
    parameters: { [path]: [show(v)] },
    message: `$.${path}: there must be a minimum of ${min} items and a maximum of ${max} items in the array`,
  });
  return false;
}
function idPattern(path: string, v: unknown, errors: InvalidParam[]): void {
  if (!isSnowflakeLike(v)) {
    errors.push({
      parameters: { [path]: [show(v)] },
      message: `$.${path}: does not match the regex pattern ^[0-9]{1,19}$`,
    });
  }
}

export interface TweetBody {
  text?: string;
  reply?: { in_reply_to_tweet_id: string; exclude_reply_user_ids?: string[] };
  media?: { media_ids: string[]; tagged_user_ids?: string[] };
  poll?: { options: string[]; duration_minutes: number; reply_settings?: string };
  quote_tweet_id?: string;
  reply_settings?: string;
}

/** Schema validation of TweetCreateRequest (additionalProperties: false, patterns, bounds, exclusions). */
export function validateTweetBody(body: unknown): TweetBody {
  if (!isObject(body)) invalid([{ message: 'Request body must be a JSON object' }]);
  const errors: InvalidParam[] = [];
  for (const k of Object.keys(body)) if (!ALLOWED_KEYS.has(k)) errors.push(extra('', k, body[k]));
  if (body.text !== undefined && typeof body.text !== 'string') {
    errors.push({
      parameters: { text: [show(body.text)] },
      message: `$.text: ${typeof body.text} found, string expected`,
    });
  }
  const reply = section(
    body,
    'reply',
    ['in_reply_to_tweet_id', 'exclude_reply_user_ids', 'auto_populate_reply_metadata'],
    errors,
  );
  if (reply) {
    if (reply.in_reply_to_tweet_id === undefined) {
      errors.push({ message: '$.reply.in_reply_to_tweet_id: is missing but it is required' });
    } else idPattern('reply.in_reply_to_tweet_id', reply.in_reply_to_tweet_id, errors);
    const ex = reply.exclude_reply_user_ids;
    if (ex !== undefined) {
      if (!Array.isArray(ex)) errors.push({ message: '$.reply.exclude_reply_user_ids: array expected' });
      else ex.forEach((id) => idPattern('reply.exclude_reply_user_ids', id, errors));
    }
  }
  const media = section(
    body,
    'media',
    ['media_ids', 'tagged_user_ids', 'title', 'description', 'preview_media_id', 'embeddable', 'call_to_actions'],
    errors,
  );
  if (media) {
    const ids = media.media_ids;
    if (itemCount('media.media_ids', ids, 1, 4, errors)) ids.forEach((id) => idPattern('media.media_ids', id, errors));
    const tagged = media.tagged_user_ids;
    if (tagged !== undefined && (!Array.isArray(tagged) || tagged.length > 10)) {
      errors.push({ message: '$.media.tagged_user_ids: there must be a maximum of 10 items in the array' });
    }
  }
  const poll = section(body, 'poll', ['options', 'duration_minutes', 'reply_settings'], errors);
  if (poll) {
    const opts = poll.options;
    if (itemCount('poll.options', opts, 2, 4, errors)) {
      for (const o of opts) {
        if (typeof o !== 'string' || o.length < 1 || o.length > 25) {
          errors.push({
            parameters: { 'poll.options': [show(o)] },
            message: '$.poll.options: each option must be a string of 1 to 25 characters',
          });
        }
      }
    }
    const d = poll.duration_minutes;
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 5 || d > 10080) {
      errors.push({
        parameters: { 'poll.duration_minutes': [show(d)] },
        message: '$.poll.duration_minutes: must have a minimum value of 5 and a maximum value of 10080',
      });
    }
  }
  if (body.quote_tweet_id !== undefined) idPattern('quote_tweet_id', body.quote_tweet_id, errors);
  if (body.reply_settings !== undefined && !REPLY_SETTINGS.has(String(body.reply_settings))) {
    errors.push({
      parameters: { reply_settings: [show(body.reply_settings)] },
      message: `$.reply_settings: does not have a value in the enumeration [following, mentionedUsers, subscribers, verified]`,
    });
  }
  const present = EXCLUSIVE.filter((k) => body[k] !== undefined);
  if (present.length > 1) {
    errors.push({
      parameters: Object.fromEntries(present.map((k) => [k, [show(body[k])]])),
      message: `Your request can only include one of: ${EXCLUSIVE.join(', ')}. You included: ${present.join(', ')}.`,
    });
  }
  const hasText = typeof body.text === 'string' && body.text.trim().length > 0;
  if (!hasText && body.media === undefined && errors.length === 0) {
    errors.push({
      parameters: { text: [show(body.text ?? '')] },
      message: 'The text field is required unless media is provided.',
    });
  }
  if (errors.length) invalid(errors);
  return body as TweetBody;
}
