import { formatMessage, type MessageCode, type MessageParams } from '@xp/shared';

/** The kinds of refusal the application can express; the API maps each to one HTTP status in one place. */
export type DomainErrorKind =
  | 'invalid' // 400
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409
  | 'gone' // 410
  | 'too_large' // 413
  | 'refused' // 422
  | 'too_many'; // 429

/**
 * A refusal with a stable machine code (e.g. POST_TOO_LONG) and a message a person can act on. The code is also
 * the message catalogue's code (`@xp/shared`); `params`, when set, fill its message in the reader's language.
 */
export class DomainError extends Error {
  constructor(
    public readonly kind: DomainErrorKind,
    public readonly code: string,
    message: string,
    public readonly details?: { field?: string; message: string }[],
    public readonly params?: MessageParams,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A refusal worded by the message catalogue: its `message` is the catalogue's English text, `params` travel along. */
export function catalogueError(
  kind: DomainErrorKind,
  code: MessageCode,
  params: MessageParams = {},
  details?: { field?: string; message: string }[],
): DomainError {
  return new DomainError(kind, code, formatMessage('en', code, params), details, params);
}

export const notFound = (what: string) =>
  new DomainError('not_found', `${what.toUpperCase().replace(/\W+/g, '_')}_NOT_FOUND`, `${what} not found`);
export const forbidden = (message = 'Your role does not allow this action') =>
  new DomainError('forbidden', 'FORBIDDEN', message);
export const staleVersion = () => catalogueError('conflict', 'STALE_VERSION');
