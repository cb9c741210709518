import { ApiResponseError, type TwitterApi } from 'twitter-api-v2';
import { DEMO_REDIRECT_URIS } from '../sandbox';
import { type SandboxHarness, startSandboxHarness } from '../testing/sandbox-harness';
import { type XClients, xClients } from '../testing/x-clients';

async function refusal(p: Promise<unknown>): Promise<ApiResponseError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiResponseError) return e;
    throw e;
  }
  throw new Error('accepted');
}

const REPLY_REFUSED = {
  detail:
    'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.',
  type: 'about:blank',
  title: 'Forbidden',
  status: 403,
};

describe('the 2026 rules for self-serve apps (reply restriction, quotes, cashtags, posting limits)', () => {
  let h: SandboxHarness;
  let x: XClients;
  let kindy: TwitterApi;
  let enterpriseKindy: TwitterApi;

  beforeAll(async () => {
    h = await startSandboxHarness({ seedDemo: true });
    x = xClients(h);
    kindy = (await x.user('Kindy')).client;
    await h.admin('POST', '/_sandbox/apps', {
      clientId: 'big-corp',
      clientSecret: 'big-secret',
      redirectUris: DEMO_REDIRECT_URIS,
      profile: 'enterprise',
    });
    enterpriseKindy = (await x.user('Kindy', { clientId: 'big-corp', clientSecret: 'big-secret' })).client;
    await h.admin('POST', '/_sandbox/users', { username: 'marie_l', name: 'Marie' });
  });
  afterAll(async () => {
    x.close();
    await h.close();
  });

  it('allows a reply to a post that mentions the account, and within its own thread', async () => {
    const mention = await x.post('marie_l', '@Kindy ma commande est en retard');
    const answer = await kindy.v2.reply('Nous regardons, Marie.', mention.id);
    expect(answer.data.id).toMatch(/^\d+$/);
    // Marie answers without mentioning Kindy: she replied to Kindy's post, so Kindy may answer again
    const followUp = await x.post('marie_l', 'Merci !', { in_reply_to_tweet_id: answer.data.id });
    expect((await kindy.v2.reply('Avec plaisir.', followUp.id)).data.id).toMatch(/^\d+$/);
    // its own thread
    const root = await kindy.v2.tweet('Fil 1/2');
    expect((await kindy.v2.reply('Fil 2/2', root.data.id)).data.id).toMatch(/^\d+$/);
  });

  it("refuses a reply to a post whose author never engaged the account, with X's 403 body", async () => {
    const stranger = await x.post('marie_l', 'Quelle belle journée');
    const err = await refusal(kindy.v2.reply('Bonjour !', stranger.id));
    expect(err.code).toBe(403);
    expect(err.data).toEqual(REPLY_REFUSED);
    // an enterprise app is exempt
    expect((await enterpriseKindy.v2.reply('Bonjour !', stranger.id)).data.id).toMatch(/^\d+$/);
  });

  it('refuses quotes except to enterprise apps', async () => {
    const post = await x.post('marie_l', 'Une photo de la boutique');
    const err = await refusal(kindy.v2.quote('Merci pour la photo', post.id));
    expect(err.code).toBe(403);
    expect(err.data).toEqual({
      detail: 'Quoting a Post through the API requires an Enterprise plan.',
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
    });
    expect((await enterpriseKindy.v2.quote('Merci pour la photo', post.id)).data.id).toMatch(/^\d+$/);
  });

  it('refuses two cashtags in one post, accepts one', async () => {
    const err = await refusal(kindy.v2.tweet('Résultats: $TTE et $AIR'));
    expect(err.code).toBe(403);
    expect(err.data).toMatchObject({ title: 'Forbidden', detail: 'A Post may contain at most one cashtag.' });
    expect((await kindy.v2.tweet('Résultats: $TTE')).data.id).toMatch(/^\d+$/);
    expect((await enterpriseKindy.v2.tweet('Enterprise: $TTE et $AIR')).data.id).toMatch(/^\d+$/);
  });

  it('refuses the 101st post in 15 minutes with 429 and the reset time, then accepts again after it', async () => {
    const careers = (await x.user('TotalCareers')).client;
    let last: Awaited<ReturnType<TwitterApi['v2']['post']>> | undefined;
    for (let i = 0; i < 100; i++) {
      last = await careers.v2.post('tweets', { text: `Offre ${i}` }, { fullResponse: true });
    }
    expect(last!.rateLimit).toMatchObject({ limit: 100, remaining: 0 });
    const clock = await h.admin<{ data: { now: string } }>('GET', '/_sandbox/clock');
    const err = await refusal(careers.v2.tweet('Offre 100'));
    expect(err.code).toBe(429);
    expect(err.data).toEqual({
      title: 'Too Many Requests',
      detail: 'Too Many Requests',
      type: 'about:blank',
      status: 429,
    });
    const reset = Number(err.headers['x-rate-limit-reset']);
    expect(err.rateLimit).toMatchObject({ limit: 100, remaining: 0, reset });
    const now = Date.parse(clock.body.data.now) / 1000;
    expect(reset).toBeGreaterThan(now);
    expect(reset).toBeLessThanOrEqual(now + 15 * 60 + 1);
    expect(err.headers['x-app-limit-24hour-limit']).toBe('10000');
    // the public is not rate-limited
    for (let i = 0; i < 3; i++) await x.post('TotalCareers', `Publié par l'admin ${i}`);
    await h.admin('POST', '/_sandbox/clock', { advanceMs: (reset - now + 1) * 1000 });
    expect((await careers.v2.tweet('Offre 100')).data.id).toMatch(/^\d+$/);
  });
});
