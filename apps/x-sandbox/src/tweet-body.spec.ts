import { XProblemError } from './context';
import { validateTweetBody } from './tweet-body';

/** The `errors` X would answer for `body` (none when it is valid). */
function errorsOf(body: unknown): { parameters?: Record<string, string[]>; message: string }[] {
  try {
    validateTweetBody(body);
    return [];
  } catch (e) {
    if (!(e instanceof XProblemError)) throw e;
    expect(e.status).toBe(400);
    return (e.body as { errors: { parameters?: Record<string, string[]>; message: string }[] }).errors;
  }
}

describe('validateTweetBody', () => {
  it('accepts a text, a reply, media and a poll as X does', () => {
    expect(errorsOf({ text: 'hi', reply: { in_reply_to_tweet_id: '123' } })).toEqual([]);
    expect(errorsOf({ media: { media_ids: ['1', '2'], tagged_user_ids: ['3'] } })).toEqual([]);
    expect(errorsOf({ text: 'q', poll: { options: ['a', 'b'], duration_minutes: 60 } })).toEqual([]);
  });

  it('reports a section that is not an object, then goes on', () => {
    expect(errorsOf({ text: 'x', reply: 'no', poll: [1] })).toEqual([
      { parameters: { reply: ['no'] }, message: '$.reply: object expected' },
      { parameters: { poll: ['[1]'] }, message: '$.poll: object expected' },
    ]);
  });

  it("reports a section's unknown keys and its fields, in order", () => {
    expect(errorsOf({ text: 'x', reply: { foo: 1, exclude_reply_user_ids: 'a' } })).toEqual([
      {
        parameters: { foo: ['1'] },
        message: '$.reply.foo: is not defined in the schema and the schema does not allow additional properties',
      },
      { message: '$.reply.in_reply_to_tweet_id: is missing but it is required' },
      { message: '$.reply.exclude_reply_user_ids: array expected' },
    ]);
    expect(errorsOf({ media: { media_ids: ['1', 'x'], tagged_user_ids: 'a' } })).toEqual([
      {
        parameters: { 'media.media_ids': ['x'] },
        message: '$.media.media_ids: does not match the regex pattern ^[0-9]{1,19}$',
      },
      { message: '$.media.tagged_user_ids: there must be a maximum of 10 items in the array' },
    ]);
  });

  it('bounds the number of media and of poll options', () => {
    expect(errorsOf({ media: { media_ids: [] } })).toEqual([
      {
        parameters: { 'media.media_ids': ['[]'] },
        message: '$.media.media_ids: there must be a minimum of 1 items and a maximum of 4 items in the array',
      },
    ]);
    expect(errorsOf({ text: 'x', poll: { options: ['a'], duration_minutes: 4 } })).toEqual([
      {
        parameters: { 'poll.options': ['["a"]'] },
        message: '$.poll.options: there must be a minimum of 2 items and a maximum of 4 items in the array',
      },
      {
        parameters: { 'poll.duration_minutes': ['4'] },
        message: '$.poll.duration_minutes: must have a minimum value of 5 and a maximum value of 10080',
      },
    ]);
    expect(errorsOf({ text: 'x', poll: { options: ['a', ''], duration_minutes: 5 } })).toEqual([
      {
        parameters: { 'poll.options': [''] },
        message: '$.poll.options: each option must be a string of 1 to 25 characters',
      },
    ]);
  });
});
