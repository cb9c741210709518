import { detailMessageIn, errorMessageIn, type ApiError } from './error-message';

const refusal: ApiError = {
  statusCode: 409,
  code: 'ILLEGAL_TRANSITION',
  message: 'Cannot submit a post in status "Scheduled".',
  params: { action: { code: 'LIFECYCLE_ACTION_SUBMIT' }, status: { code: 'POST_STATUS_SCHEDULED' } },
};

describe('errorMessageIn (API errors in the UI language, from the catalogue)', () => {
  it('renders a lifecycle refusal in French from its code and params, nested labels included', () => {
    const fr = errorMessageIn(refusal, 'fr');
    expect(fr).toMatch(/^Impossible de /);
    expect(fr).not.toContain('{');
    expect(fr).not.toContain('LIFECYCLE_ACTION_SUBMIT');
  });

  it('keeps the server’s English message, and falls back to it when a French text cannot be filled', () => {
    expect(errorMessageIn(refusal, 'en')).toBe(refusal.message);
    const withoutParams = { ...refusal, params: undefined };
    expect(errorMessageIn(withoutParams, 'fr')).toBe(refusal.message);
    expect(errorMessageIn({ statusCode: 418, code: 'NOT_A_CODE', message: 'Teapot' }, 'fr')).toBe('Teapot');
  });
});

describe('detailMessageIn (per-field details that name a catalogue code)', () => {
  it('words a code that needs no parameters, leaves out one that does, keeps any other text', () => {
    expect(detailMessageIn('POST_NOT_FOUND', 'fr')).toBe('Publication introuvable.');
    expect(detailMessageIn('CHARTER_BANNED_TERM', 'fr')).toBeNull();
    expect(detailMessageIn('must be a date', 'fr')).toBe('must be a date');
  });

  it('API errors whose catalogue text needs no parameters arrive in French, not in English', () => {
    const forbidden: ApiError = {
      statusCode: 403,
      code: 'FORBIDDEN',
      message: 'Your role (viewer) does not allow this action (posts.write)',
    };
    expect(errorMessageIn(forbidden, 'fr')).toBe('Votre rôle ne permet pas cette action.');
    expect(errorMessageIn({ statusCode: 404, code: 'POST_NOT_FOUND', message: 'Post not found' }, 'fr')).toBe(
      'Publication introuvable.',
    );
  });
});
