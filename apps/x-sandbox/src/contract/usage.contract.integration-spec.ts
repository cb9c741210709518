import type { TwitterApi } from 'twitter-api-v2';
import { DEMO_REDIRECT_URIS } from '../sandbox';
import { type SandboxHarness, startSandboxHarness } from '../testing/sandbox-harness';
import { type XClients, xClients } from '../testing/x-clients';

const APP = { clientId: 'ledger-app', clientSecret: 'ledger-secret' };

describe('the pay-per-use usage ledger (GET /_sandbox/usage) matches a hand count', () => {
  let h: SandboxHarness;
  let x: XClients;

  beforeAll(async () => {
    h = await startSandboxHarness({ seedDemo: true });
    x = xClients(h);
    await h.admin('POST', '/_sandbox/apps', {
      ...APP,
      redirectUris: DEMO_REDIRECT_URIS,
      profile: 'ppu',
      ownerUsername: 'Kindy',
    });
    await h.admin('POST', '/_sandbox/users', { username: 'marie_l', name: 'Marie' });
  });
  afterAll(async () => {
    x.close();
    await h.close();
  });

  it('charges posts, reads (owned or not), user reads and counts, each resource once per UTC day', async () => {
    const apps = await h.admin<{ data: Array<{ clientId: string; profile: string; ownerUsername: string | null }> }>(
      'GET',
      '/_sandbox/apps',
    );
    expect(apps.body.data.find((a) => a.clientId === APP.clientId)).toMatchObject({
      profile: 'ppu',
      ownerUsername: 'Kindy',
    });
    // connecting reads /2/users/me: one user read each (Kindy, TotalCareers)
    const kindy = await x.user('Kindy', APP);
    let careers: TwitterApi = (await x.user('TotalCareers', APP)).client;

    await kindy.client.v2.tweet('Bonjour à tous'); // a post: $0.015
    const link = await kindy.client.v2.tweet('Lien https://kindy.example/x'); // a post with a URL: $0.20
    const mention = await x.post('marie_l', '@Kindy allo ?'); // the public: free
    await kindy.client.v2.reply('Bonjour Marie', mention.id); // a reply to a mention: $0.010
    await h.admin('POST', '/_sandbox/clock', { advanceMs: 31_000 });

    // the owner's own mentions with the owner's token: one owned read ($0.001)
    expect((await kindy.client.v2.userMentionTimeline(kindy.id)).tweets.map((t) => t.id)).toEqual([mention.id]);
    // the same post read again today through another user of the same app: not charged again
    expect((await careers.v2.userMentionTimeline(kindy.id)).tweets).toHaveLength(1);
    // two new posts: $0.010; the same search again: nothing more
    expect((await careers.v2.search('bonjour')).tweets).toHaveLength(2);
    expect((await careers.v2.search('bonjour')).tweets).toHaveLength(2);
    await careers.v2.tweetCountRecent('bonjour'); // a counts request: $0.005
    await kindy.client.v2.me(); // Kindy already read today: nothing
    // one read already charged, one new ($0.005)
    const looked = await careers.v2.tweets([link.data.id, mention.id]);
    expect(looked.data).toHaveLength(2);

    // the next UTC day: the same resources are charged again
    const clock = await h.admin<{ data: { now: string } }>('GET', '/_sandbox/clock');
    const now = Date.parse(clock.body.data.now);
    const nextDay = Math.floor(now / 86_400_000 + 1) * 86_400_000;
    await h.admin('POST', '/_sandbox/clock', { advanceMs: nextDay - now + 60_000 });
    careers = (await x.user('TotalCareers', APP)).client; // token expired: a user read again ($0.010)
    expect((await careers.v2.search('bonjour')).tweets).toHaveLength(2); // $0.010

    const expected = {
      postReads: 5,
      ownedReads: 1,
      userReads: 3,
      posts: 3,
      postsWithUrl: 1,
      countRequests: 1,
      costUsd: 0.286,
      byEndpoint: {
        'GET /2/users/me': { requests: 4, postReads: 0, costUsd: 0.03 },
        'POST /2/tweets': { requests: 3, postReads: 0, costUsd: 0.225 },
        'GET /2/users/:id/mentions': { requests: 2, postReads: 1, costUsd: 0.001 },
        'GET /2/tweets/search/recent': { requests: 3, postReads: 4, costUsd: 0.02 },
        'GET /2/tweets/counts/recent': { requests: 1, postReads: 0, costUsd: 0.005 },
        'GET /2/tweets': { requests: 1, postReads: 1, costUsd: 0.005 },
      },
    };
    expect((await h.admin('GET', `/_sandbox/usage?clientId=${APP.clientId}`)).body).toEqual({ data: expected });
    // only this app was used: all apps together are the same
    expect((await h.admin('GET', '/_sandbox/usage')).body).toEqual({ data: expected });
    expect((await h.admin('GET', '/_sandbox/usage?clientId=nope')).status).toBe(404);
  });
});
