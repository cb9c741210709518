import type { PostDto } from '@xp/shared';
import { addMember, registerUser, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

let api: TestApi;
let close: () => Promise<void>;
let owner: SignedIn;
let editor: SignedIn;
let manager: SignedIn;
let ws: string;
let groupeKindy: string;

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

beforeAll(async () => {
  const stack = await startApiWithSandbox();
  api = stack.api;
  close = stack.close;
  owner = await registerUser(api, 'owner', 'Groupe Kindy');
  ws = owner.me.workspaces[0]!.id;
  const brand = (
    await owner.agent
      .post(`/api/workspaces/${ws}/brands`)
      .set('x-csrf-token', owner.csrf)
      .send({ name: 'Kindy' })
      .expect(201)
  ).body.id;
  groupeKindy = await connectAccount(stack.sandbox, owner, ws, brand, 'GroupeKindy');
  editor = await addMember(api, owner, ws, 'editor');
  manager = await addMember(api, owner, ws, 'manager');
});
afterAll(() => close());

const post = (who: SignedIn, body: object) =>
  who.agent.post(`/api/workspaces/${ws}/posts`).set('x-csrf-token', who.csrf).send(body);
const act = (who: SignedIn, id: string, action: string, body: object = {}) =>
  who.agent.post(`/api/workspaces/${ws}/posts/${id}/${action}`).set('x-csrf-token', who.csrf).send(body);

describe('the editorial workflow', () => {
  let thread: PostDto;

  it('an editor writes a thread and sees a blocking finding (French insult, any case or accent)', async () => {
    const res = await post(editor, {
      accountId: groupeKindy,
      scheduledAt: later(60),
      segments: [
        { text: 'Résultats annuels : une croissance de 12 % 📈' },
        { text: 'Les analystes qui doutaient sont des CONNARDS.' },
      ],
    }).expect(201);
    thread = res.body;
    expect(thread.status).toBe('draft');
    expect(thread.segments.map((s) => s.weightedLength)).toEqual([45, 46]);
    const block = thread.findings.find((f) => f.severity === 'block');
    expect(block).toMatchObject({ rule: 'banned_term', span: { segment: 1 } });
    // The finding travels as a catalogue code with parameters, and rendered in both languages for older clients.
    expect(block).toMatchObject({
      code: 'CHARTER_BANNED_TERM',
      params: { excerpt: 'CONNARDS', label: { code: 'CHARTER_CATEGORY_INSULT' } },
      message: {
        fr: '« CONNARDS » est interdit par la charte de la marque (insulte ou grossièreté).',
        en: '"CONNARDS" is banned by the brand charter (insult or profanity).',
      },
    });
  });

  it('a blocking finding refuses the submission itself, naming the finding (not only the approval)', async () => {
    const refused = await act(editor, thread.id, 'submit').expect(422);
    expect(refused.body).toMatchObject({
      statusCode: 422,
      code: 'CHARTER_BLOCKED',
      details: [{ field: 'segments.1.text', message: 'CHARTER_BANNED_TERM' }],
    });
    // An editor may not override the charter.
    const notAllowed = await act(editor, thread.id, 'submit', { overrideReason: 'Validé par la direction' }).expect(
      403,
    );
    expect(notAllowed.body.code).toBe('OVERRIDE_NOT_ALLOWED');
    const still = await editor.agent.get(`/api/workspaces/${ws}/posts/${thread.id}`).expect(200);
    expect(still.body.status).toBe('draft');
  });

  it('the editor fixes it; an editor cannot approve; the manager approves and it is scheduled', async () => {
    const fixed = await editor.agent
      .patch(`/api/workspaces/${ws}/posts/${thread.id}`)
      .set('x-csrf-token', editor.csrf)
      .send({
        segments: [
          { text: 'Résultats annuels : une croissance de 12 % 📈' },
          { text: 'Merci à nos équipes et à nos clients.' },
        ],
        version: thread.version,
      })
      .expect(200);
    expect(fixed.body.findings.filter((f: { severity: string }) => f.severity === 'block')).toEqual([]);
    expect((await act(editor, thread.id, 'submit').expect(200)).body.status).toBe('in_review');
    const notAllowed = await act(editor, thread.id, 'approve', { contentHash: fixed.body.contentHash }).expect(403);
    expect(notAllowed.body.code).toBe('FORBIDDEN');
    const stale = await act(manager, thread.id, 'approve', { contentHash: thread.contentHash }).expect(409);
    expect(stale.body.code).toBe('STALE_CONTENT');
    const approved = await act(manager, thread.id, 'approve', { contentHash: fixed.body.contentHash }).expect(200);
    expect(approved.body).toMatchObject({
      status: 'scheduled',
      approvals: [{ approverId: manager.me.user.id, current: true }],
    });
    thread = approved.body;
  });

  it('moving an approved post in time keeps its approval; editing its content sends it back to review', async () => {
    const moved = await editor.agent
      .patch(`/api/workspaces/${ws}/posts/${thread.id}`)
      .set('x-csrf-token', editor.csrf)
      .send({ scheduledAt: later(90), version: thread.version })
      .expect(200);
    expect(moved.body.status).toBe('scheduled');
    const edited = await editor.agent
      .patch(`/api/workspaces/${ws}/posts/${thread.id}`)
      .set('x-csrf-token', editor.csrf)
      .send({ segments: [{ text: 'Résultats annuels : +12 % 📈' }], version: moved.body.version })
      .expect(200);
    expect(edited.body.status).toBe('in_review');
    expect(edited.body.approvals).toEqual([]);
    // The approver sees what changed since the version they approved.
    expect(edited.body.lastApprovedSegments.map((s: { text: string }) => s.text)).toEqual([
      'Résultats annuels : une croissance de 12 % 📈',
      'Merci à nos équipes et à nos clients.',
    ]);
    const stale = await editor.agent
      .patch(`/api/workspaces/${ws}/posts/${thread.id}`)
      .set('x-csrf-token', editor.csrf)
      .send({ tags: ['x'], version: moved.body.version })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
  });

  it('the history shows every transition with its actor, and the audit chain verifies', async () => {
    const h = await editor.agent.get(`/api/workspaces/${ws}/posts/${thread.id}/history`).expect(200);
    const actions = h.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'post.created',
      'post.edit_content',
      'post.submit',
      'post.approve',
      'post.reschedule',
      'post.edit_content',
    ]);
    expect(h.body.items[3].actorId).toBe(manager.me.user.id);
    const verify = await owner.agent.get(`/api/workspaces/${ws}/audit/verify`).expect(200);
    expect(verify.body.ok).toBe(true);
  });

  it('an author never approves their own post', async () => {
    const own = (
      await post(manager, {
        accountId: groupeKindy,
        scheduledAt: later(120),
        segments: [{ text: 'Notre rapport RSE est en ligne.' }],
      }).expect(201)
    ).body;
    await act(manager, own.id, 'submit').expect(200);
    const res = await act(manager, own.id, 'approve', { contentHash: own.contentHash }).expect(403);
    expect(res.body.code).toBe('SELF_APPROVAL');
  });

  it('request changes with a comment; cancel; illegal transitions answer 409', async () => {
    const p = (
      await post(editor, { accountId: groupeKindy, segments: [{ text: 'Un brouillon sans date' }] }).expect(201)
    ).body;
    await act(editor, p.id, 'submit').expect(200);
    const changes = await act(manager, p.id, 'request-changes', {
      comment: 'Ajoutez un lien vers le communiqué @owner',
    }).expect(200);
    expect(changes.body.status).toBe('changes_requested');
    const comments = await editor.agent.get(`/api/workspaces/${ws}/posts/${p.id}/comments`).expect(200);
    expect(comments.body.items[0].body).toContain('Ajoutez un lien');
    const cancelled = await act(editor, p.id, 'cancel', { reason: 'abandonné' }).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    const again = await act(editor, p.id, 'submit').expect(409);
    // A code and its parameters; the message is the catalogue's English text; no French smuggled in details.
    expect(again.body).toEqual({
      statusCode: 409,
      code: 'ILLEGAL_TRANSITION',
      message: 'Cannot submit a post in status "Cancelled".',
      params: { action: { code: 'LIFECYCLE_ACTION_SUBMIT' }, status: { code: 'POST_STATUS_CANCELLED' } },
    });
  });

  it('an admin may approve over a blocking finding with a written reason', async () => {
    const p = (
      await post(editor, {
        accountId: groupeKindy,
        scheduledAt: later(30),
        segments: [{ text: 'Le projet avance, bande de connards !' }],
      }).expect(201)
    ).body;
    await act(editor, p.id, 'submit').expect(422);
    // The owner submits it over the finding (a written reason), then approves it.
    const noReason = await act(owner, p.id, 'submit', { overrideReason: 'ok' }).expect(422);
    expect(noReason.body.code).toBe('OVERRIDE_REASON_REQUIRED');
    const submitted = await act(owner, p.id, 'submit', {
      overrideReason: 'Citation validée par la direction juridique',
    }).expect(200);
    expect(submitted.body.status).toBe('in_review');
    expect(submitted.body.charterOverride.reason).toContain('juridique');
    const ok = await act(owner, p.id, 'approve', { contentHash: p.contentHash }).expect(200);
    expect(ok.body.status).toBe('scheduled');
    expect(ok.body.charterOverride.reason).toContain('juridique');
  });
});

describe('content rules at the edge', () => {
  it('a segment over 280 weighted characters answers 400 POST_TOO_LONG with the segment', async () => {
    const res = await post(editor, {
      accountId: groupeKindy,
      segments: [{ text: 'ok' }, { text: '漢'.repeat(141) }],
    }).expect(400);
    expect(res.body).toMatchObject({
      code: 'POST_TOO_LONG',
      details: [{ field: 'segments.1.text', message: '282 weighted characters; at most 280' }],
    });
  });

  it('times need an offset; publishBy must follow scheduledAt; polls and media are validated', async () => {
    const noZone = await post(editor, {
      accountId: groupeKindy,
      scheduledAt: '2026-12-01T09:30:00',
      segments: [{ text: 'x' }],
    }).expect(400);
    expect(noZone.body.details[0].field).toBe('scheduledAt');
    const window = await post(editor, {
      accountId: groupeKindy,
      scheduledAt: later(60),
      publishBy: later(30),
      segments: [{ text: 'x' }],
    }).expect(400);
    expect(window.body.code).toBe('INVALID_WINDOW');
    const poll = await post(editor, {
      accountId: groupeKindy,
      segments: [{ text: 'Votre avis ?', poll: { options: ['Oui'], durationMinutes: 60 } }],
    }).expect(400);
    expect(poll.body.details[0].field).toContain('poll');
    const media = await post(editor, {
      accountId: groupeKindy,
      segments: [{ text: 'x', mediaIds: ['00000000-0000-4000-8000-000000000000'] }],
    }).expect(400);
    expect(media.body.code).toBe('BAD_SEGMENTS');
  });

  it('check returns lengths and findings without saving', async () => {
    const res = await editor.agent
      .post(`/api/workspaces/${ws}/posts/check`)
      .set('x-csrf-token', editor.csrf)
      .send({
        accountId: groupeKindy,
        kind: 'job_offer',
        segments: [{ text: "Rejoignez l'entreprise comme analyste" }],
      })
      .expect(200);
    expect(res.body.blocking).toBe(true);
    expect(res.body.findings.map((f: { rule: string }) => f.rule)).toContain('required_element');
  });

  it('the calendar range query filters by time, status and tag', async () => {
    const from = new Date(Date.now() - 3600_000).toISOString();
    const to = new Date(Date.now() + 6 * 3600_000).toISOString();
    const all = await editor.agent.get(`/api/workspaces/${ws}/posts`).query({ from, to }).expect(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(3);
    const scheduled = await editor.agent
      .get(`/api/workspaces/${ws}/posts`)
      .query({ from, to, status: 'scheduled' })
      .expect(200);
    expect(scheduled.body.items.every((p: PostDto) => p.status === 'scheduled')).toBe(true);
    const tooWide = await editor.agent
      .get(`/api/workspaces/${ws}/posts`)
      .query({ from: '2026-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' })
      .expect(400);
    expect(tooWide.body.code).toBe('RANGE_TOO_LARGE');
  });
});

describe('media', () => {
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );

  it('uploads an image with alt text, sniffing its real type; refuses other files', async () => {
    const up = await editor.agent
      .post(`/api/workspaces/${ws}/media`)
      .set('x-csrf-token', editor.csrf)
      .field('altText', 'Graphique de croissance')
      .attach('file', PNG, 'chart.png')
      .expect(201);
    expect(up.body).toMatchObject({ mimeType: 'image/png', size: PNG.length, altText: 'Graphique de croissance' });
    const bad = await editor.agent
      .post(`/api/workspaces/${ws}/media`)
      .set('x-csrf-token', editor.csrf)
      .attach('file', Buffer.from('#!/bin/sh\nrm -rf /'), 'chart.png')
      .expect(400);
    expect(bad.body.code).toBe('UNSUPPORTED_MEDIA');
    const p = await post(editor, {
      accountId: groupeKindy,
      segments: [{ text: 'Nos résultats en image', mediaIds: [up.body.id] }],
    }).expect(201);
    expect(p.body.segments[0].media).toEqual([{ id: up.body.id, altText: 'Graphique de croissance' }]);
  });
});

describe('holds are audited and notified', () => {
  it('placing and releasing a hold writes audit events and tells the members', async () => {
    const placed = await owner.agent
      .post(`/api/workspaces/${ws}/holds`)
      .set('x-csrf-token', owner.csrf)
      .send({ scope: 'workspace', reason: 'Crise : pause immédiate' })
      .expect(201);
    await owner.agent
      .post(`/api/workspaces/${ws}/holds/${placed.body.id}/release`)
      .set('x-csrf-token', owner.csrf)
      .send({ mode: 'resume' })
      .expect(200);
    const audit = await owner.agent.get(`/api/workspaces/${ws}/audit`).query({ subjectId: placed.body.id }).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['hold.placed', 'hold.released']);
    const inbox = await editor.agent.get(`/api/workspaces/${ws}/notifications`).expect(200);
    const events = inbox.body.items.map((n: { event: string }) => n.event);
    expect(events).toEqual(expect.arrayContaining(['hold.placed', 'hold.released']));
  });
});

describe('the composer’s live check counts self-promotion from the text, without a date', () => {
  it('two untagged promotional posts coming up, a third one checked without a date: the ratio warning shows', async () => {
    for (const [i, text] of [
      'Les soldes commencent : -20 % sur tout le site',
      'Code promo PRINTEMPS : livraison gratuite',
    ].entries()) {
      const p = (
        await post(editor, { accountId: groupeKindy, scheduledAt: later(5 + i), segments: [{ text }] }).expect(201)
      ).body as PostDto;
      await act(editor, p.id, 'submit').expect(200);
    }
    const check = (text: string) =>
      editor.agent
        .post(`/api/workspaces/${ws}/posts/check`)
        .set('x-csrf-token', editor.csrf)
        .send({ accountId: groupeKindy, segments: [{ text }] })
        .expect(200);
    const promo = (await check('Nouvelle collection : -30 % ce week-end')).body;
    expect(promo.findings).toContainEqual(
      expect.objectContaining({ rule: 'self_promotion_ratio', code: 'CHARTER_SELF_PROMOTION', severity: 'warn' }),
    );
    const plain = (await check('Merci à toutes nos équipes pour cette belle année')).body;
    expect(plain.findings.map((f: { rule: string }) => f.rule)).not.toContain('self_promotion_ratio');
  });
});
