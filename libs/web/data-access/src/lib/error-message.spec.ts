import { errorMessageIn, type ApiError } from './error-message';

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
