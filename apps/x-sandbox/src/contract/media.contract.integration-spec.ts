import * as http from 'node:http';
import { TwitterApi } from 'twitter-api-v2';
import { RetargetPlugin, XApiClient } from '@xp/server/x-api';
import { connectAccount, type SandboxHarness, startSandboxHarness } from '../testing/sandbox-harness';

const REDIRECT = 'http://localhost:3000/api/oauth/x/callback';

describe('v2 chunked media upload through twitter-api-v2 uploadMedia', () => {
  let h: SandboxHarness;
  let agent: http.Agent;
  let x: XApiClient;
  let acc: { accessToken: string };

  beforeAll(async () => {
    h = await startSandboxHarness({ seedDemo: true, behaviour: { mediaProcessingMs: 300 } });
    agent = new http.Agent({ keepAlive: true });
    x = new XApiClient({ clientId: 'xp-demo-client', clientSecret: 'xp-demo-secret', baseUrl: h.url, agent });
    acc = { accessToken: (await connectAccount(h, x, REDIRECT, 'Kindy')).tokens.accessToken };
  });
  afterAll(async () => {
    x.close();
    agent.destroy();
    await h.close();
  });

  const log = async () =>
    (await h.admin<{ data: Array<{ method: string; url: string; status: number }> }>('GET', '/_sandbox/requests')).body
      .data;

  it('uploads an image in 3 chunks with alt text, then tweets it', async () => {
    const image = Buffer.alloc(2_500_000, 7);
    const up = await x.uploadMedia(acc, {
      data: image,
      mimeType: 'image/png',
      altText: 'Un manteau rose sur fond blanc',
    });
    if (up.kind !== 'ok') throw new Error(JSON.stringify(up));
    const { mediaId } = up.value;
    const calls = (await log()).filter((e) => e.url.startsWith('/2/media'));
    expect(calls.map((e) => `${e.method} ${e.url.replace(mediaId, ':id')} ${e.status}`)).toEqual([
      'POST /2/media/upload/initialize 200',
      'POST /2/media/upload/:id/append 200',
      'POST /2/media/upload/:id/append 200',
      'POST /2/media/upload/:id/append 200',
      'POST /2/media/upload/:id/finalize 200',
      'POST /2/media/metadata 200',
    ]);
    const media = await h.admin<{ data: { alt_text: string; state: string } }>('GET', `/_sandbox/media/${mediaId}`);
    expect(media.body.data).toMatchObject({ alt_text: 'Un manteau rose sur fond blanc', state: 'succeeded' });
    const t = await x.publishTweet(acc, { text: 'Avec image', mediaIds: [mediaId] });
    expect(t.kind).toBe('published');
    const stored = (
      await h.admin<{ data: Array<{ text: string; media_ids: string[] }> }>('GET', '/_sandbox/tweets?username=Kindy')
    ).body.data;
    expect(stored.at(-1)).toMatchObject({ text: 'Avec image', media_ids: [mediaId] });
  });

  it('processes video through pending/in_progress to succeeded (STATUS polled with check_after_secs ≥ 1)', async () => {
    const up = await x.uploadMedia(acc, { data: Buffer.alloc(300_000, 1), mimeType: 'video/mp4' });
    if (up.kind !== 'ok') throw new Error(JSON.stringify(up));
    const statusCalls = (await log()).filter((e) => e.url.startsWith('/2/media/upload?command=STATUS'));
    expect(statusCalls.length).toBeGreaterThanOrEqual(1);
    expect(
      (await h.admin<{ data: { state: string } }>('GET', `/_sandbox/media/${up.value.mediaId}`)).body.data.state,
    ).toBe('succeeded');
    // a video cannot be mixed with other media
    const img = await x.uploadMedia(acc, { data: Buffer.alloc(1000, 2), mimeType: 'image/jpeg' });
    if (img.kind !== 'ok') throw new Error('img');
    expect(await x.publishTweet(acc, { text: 'mix', mediaIds: [up.value.mediaId, img.value.mediaId] })).toMatchObject({
      kind: 'rejected',
      status: 400,
    });
    expect((await x.publishTweet(acc, { mediaIds: [up.value.mediaId] })).kind).toBe('published');
  });

  it('reports STATUS in_progress with check_after_secs while a video is processing', async () => {
    const raw = new TwitterApi(acc.accessToken, { plugins: [new RetargetPlugin(h.url, agent)], httpAgent: agent }).v2;
    const init = await raw.post<{ data: { id: string; media_key: string } }>('media/upload/initialize', {
      media_type: 'video/mp4',
      total_bytes: 10,
      media_category: 'tweet_video',
    });
    expect(init.data.media_key).toBe(`7_${init.data.id}`);
    await raw.post(
      `media/upload/${init.data.id}/append`,
      { segment_index: 0, media: Buffer.alloc(10) },
      { forceBodyMode: 'form-data' },
    );
    const fin = await raw.post<{ data: { processing_info: { state: string; check_after_secs: number } } }>(
      `media/upload/${init.data.id}/finalize`,
    );
    expect(fin.data.processing_info).toEqual({ state: 'pending', check_after_secs: 1 });
    const st = await raw.get<{ data: { processing_info: { state: string; check_after_secs: number } } }>(
      'media/upload',
      { command: 'STATUS', media_id: init.data.id },
    );
    expect(st.data.processing_info.state).toBe('in_progress');
    expect(st.data.processing_info.check_after_secs).toBeGreaterThanOrEqual(1);
  });

  it('rejects bad uploads: unknown type, oversize image, incomplete segments', async () => {
    expect(await x.uploadMedia(acc, { data: Buffer.alloc(10), mimeType: 'application/pdf' })).toMatchObject({
      kind: 'rejected',
      status: 400,
    });
    expect(await x.uploadMedia(acc, { data: Buffer.alloc(6 * 1024 * 1024), mimeType: 'image/png' })).toMatchObject({
      kind: 'rejected',
      status: 400,
    });
    const raw = new TwitterApi(acc.accessToken, { plugins: [new RetargetPlugin(h.url, agent)], httpAgent: agent }).v2;
    const init = await raw.post<{ data: { id: string } }>('media/upload/initialize', {
      media_type: 'image/png',
      total_bytes: 100,
    });
    await raw.post(
      `media/upload/${init.data.id}/append`,
      { segment_index: 0, media: Buffer.alloc(40) },
      { forceBodyMode: 'form-data' },
    );
    await expect(raw.post(`media/upload/${init.data.id}/finalize`)).rejects.toMatchObject({ code: 400 });
  });

  it('needs the media.write scope', async () => {
    const link = x.generateAuthLink(REDIRECT, { scopes: ['tweet.read', 'tweet.write', 'users.read'] });
    const { code } = await h.authorize(link.url, 'Kindy');
    const r = await x.exchangeCode({ code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT });
    if (r.kind !== 'ok') throw new Error('exchange');
    expect(
      await x.uploadMedia(
        { accessToken: r.value.tokens.accessToken },
        { data: Buffer.alloc(10), mimeType: 'image/png' },
      ),
    ).toMatchObject({
      kind: 'auth',
      reason: 'missing_scope',
    });
  });
});
