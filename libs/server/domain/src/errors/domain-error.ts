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

/** A refusal with a stable machine code (e.g. POST_TOO_LONG) and a message a person can act on. */
export class DomainError extends Error {
  constructor(
    public readonly kind: DomainErrorKind,
    public readonly code: string,
    message: string,
    public readonly details?: { field?: string; message: string }[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) =>
  new DomainError('not_found', `${what.toUpperCase().replace(/\W+/g, '_')}_NOT_FOUND`, `${what} not found`);
export const forbidden = (message = 'Your role does not allow this action') =>
  new DomainError('forbidden', 'FORBIDDEN', message);
export const staleVersion = () =>
  new DomainError('conflict', 'STALE_VERSION', 'This item was changed by someone else; reload it and try again');
