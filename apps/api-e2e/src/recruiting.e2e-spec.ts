import * as nodeIcal from 'node-ical';
import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import type { PostDto } from '@xp/shared';
import { addMember, PASSWORD, registerUser, uniqueEmail, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

let api: TestApi;
let close: () => Promise<void>;
let owner: SignedIn;
let recruiter: SignedIn;
let ws: string;
let careers: string;

const parisTime = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

beforeAll(async () => {
  const stack = await startApiWithSandbox();
  api = stack.api;
  close = stack.close;
  owner = await registerUser(api, 'owner', 'Total');
  ws = owner.me.workspaces[0]!.id;
  const brand = (
    await owner.agent
      .post(`/api/workspaces/${ws}/brands`)
      .set('x-csrf-token', owner.csrf)
      .send({ name: 'Total' })
      .expect(201)
  ).body.id;
  careers = await connectAccount(stack.sandbox, owner, ws, brand, 'TotalCareers');
  await connectAccount(stack.sandbox, owner, ws, brand, 'Kindy');
  recruiter = await addMember(api, owner, ws, 'editor', 'recruiter');
  const row = (await owner.agent.get(`/api/workspaces/${ws}/members?limit=200`)).body.items.find(
    (m: { userId: string }) => m.userId === recruiter.me.user.id,
  );
  await owner.agent
    .patch(`/api/workspaces/${ws}/members/${recruiter.me.user.id}`)
    .set('x-csrf-token', owner.csrf)
    .send({ accountIds: [careers], version: row.version })
    .expect(200);
  const acc = (await owner.agent.get(`/api/workspaces/${ws}/accounts/${careers}`).expect(200)).body;
  await owner.agent
    .patch(`/api/workspaces/${ws}/accounts/${careers}`)
    .set('x-csrf-token', owner.csrf)
    .send({
      postingSlots: [
        { weekday: 2, time: '09:30' },
        { weekday: 4, time: '09:30' },
      ],
      version: acc.version,
    })
    .expect(200);
  // Friday 20 March 2026, 10:00 in Paris (CET), a week before the spring change.
  api.clock.set('2026-03-20T09:00:00Z');
}, 60_000);
afterAll(() => close());

const send = (who: SignedIn, method: 'post' | 'patch' | 'put' | 'delete', path: string, body: object = {}) =>
  who.agent[method](`/api/workspaces/${ws}${path}`).set('x-csrf-token', who.csrf).send(body);

describe('bulk import (a recruiter limited to @TotalCareers)', () => {
  const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const good = (i: number) => {
    const day = 15 + (i % 45); // from 15 April on
    const date = new Date(Date.UTC(2026, 3, day)).toISOString().slice(0, 10);
    const time = `${String(8 + (i % 10)).padStart(2, '0')}:${i % 2 ? '15' : '45'}`;
    return [
      '@TotalCareers',
      date,
      time,
      `Offre n°${i} : rejoignez l'équipe, postulez sur https://careers.total.example/jobs/${i} #Recrutement`,
      'recrutement, emploi',
    ];
  };
  const bad: Record<number, { cells: string[]; code: string }> = {
    7: { cells: ['Kindy', '2026-04-20', '10:00', 'Nouvelle collection'], code: 'ACCOUNT_NOT_ALLOWED' },
    31: { cells: ['@Kindy', '2026-04-21', '10:00', 'Soldes'], code: 'ACCOUNT_NOT_ALLOWED' },
    44: { cells: ['@Nobody', '2026-04-20', '10:00', 'Bonjour'], code: 'ACCOUNT_UNKNOWN' },
    60: { cells: ['@TotalCareers', '2026-02-30', '10:00', 'Date impossible'], code: 'BAD_DATE' },
    88: { cells: ['@TotalCareers', 'demain', '10:00', 'Pas une date'], code: 'BAD_DATE' },
    101: { cells: ['@TotalCareers', '2026-04-20', '25:61', 'Heure impossible'], code: 'BAD_TIME' },
    150: { cells: ['@TotalCareers', '2026-03-01', '10:00', 'Déjà passé'], code: 'IN_THE_PAST' },
    170: { cells: ['@TotalCareers', '2026-04-22', '10:00', ''], code: 'TEXT_REQUIRED' },
    199: { cells: ['@TotalCareers', '2026-04-22', '11:00', '   '], code: 'TEXT_REQUIRED' },
    230: { cells: ['@TotalCareers', '2026-04-23', '10:00', 'é'.repeat(300)], code: 'POST_TOO_LONG' },
    260: {
      cells: [
        '@TotalCareers',
        '2026-04-24',
        '10:00',
        `Offre n°3 : rejoignez l'équipe, postulez sur https://careers.total.example/jobs/3 #Recrutement`,
      ],
      code: 'DUPLICATE_IN_FILE',
    },
    290: { cells: ['@TotalCareers', '2026-04-25', '10:00', 'Sondage', '', 'poll'], code: 'BAD_KIND' },
  };
  let importId: string;

  it('the dry run reports exactly the 12 bad rows with reasons, and writes no post', async () => {
    const lines = ['account,date,time,text,tags,kind'];
    for (let row = 1; row <= 300; row++) lines.push((bad[row]?.cells ?? good(row)).map(csvCell).join(','));
    // One good row on the spring-forward night: 02:30 does not exist in Paris and is shown as 03:30.
    lines[5] = [
      '@TotalCareers',
      '29/03/2026',
      '02:30',
      'Nuit du changement d’heure, ligne 5 avec "guillemets", et virgule',
      'dst',
    ]
      .map(csvCell)
      .join(',');
    const res = await send(recruiter, 'post', '/imports', {
      content: lines.join('\r\n'),
      fileName: 'offres.csv',
    }).expect(201);
    const job = res.body;
    importId = job.id;
    expect(job).toMatchObject({ status: 'dry_run', total: 300, validRows: 288 });
    const failing = job.rows.filter((r: { errors: unknown[] }) => r.errors.length > 0);
    expect(failing.map((r: { row: number }) => r.row)).toEqual(Object.keys(bad).map(Number));
    for (const r of failing) {
      expect(r.errors[0].code).toBe(bad[r.row]!.code);
      expect(r.errors[0].message.fr.length).toBeGreaterThan(3);
      expect(r.errors[0].message.en.length).toBeGreaterThan(3);
    }
    const dst = job.rows[4];
    expect(dst).toMatchObject({
      account: 'TotalCareers',
      scheduledAt: '2026-03-29T01:30:00.000Z',
      local: { date: '2026-03-29', time: '03:30', timeZone: 'Europe/Paris' },
    });
    expect(dst.text).toContain('"guillemets", et virgule');
    expect(job.rows[0].weightedLength).toBeGreaterThan(50);
    expect(Array.isArray(job.rows[0].findings)).toBe(true);
    const posts = await recruiter.agent.get(`/api/workspaces/${ws}/posts?accountId=${careers}`).expect(200);
    expect(posts.body.items).toHaveLength(0);
  });

  it('imports the 288 valid rows as drafts, with progress to poll', async () => {
    const started = await send(recruiter, 'post', `/imports/${importId}/run`, {
      mode: 'row_by_row',
      as: 'draft',
    }).expect(202);
    expect(started.body.status).toBe('running');
    await send(recruiter, 'post', `/imports/${importId}/run`, { mode: 'row_by_row', as: 'draft' }).expect(409);
    let job = started.body;
    for (let i = 0; i < 240 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      job = (await recruiter.agent.get(`/api/workspaces/${ws}/imports/${importId}`).expect(200)).body;
      expect(job.processed).toBeLessThanOrEqual(288);
    }
    expect(job).toMatchObject({ status: 'done', imported: 288, failed: 0, processed: 288 });
    const posts = (await recruiter.agent.get(`/api/workspaces/${ws}/posts?accountId=${careers}`).expect(200)).body
      .items as PostDto[];
    expect(posts).toHaveLength(288);
    expect(posts.every((p) => p.status === 'draft')).toBe(true);
    const other = await owner.agent.get(`/api/workspaces/${ws}/imports/${importId}`);
    expect(other.status).toBe(404);
  }, 90_000);

  it('reads an Excel workbook (.xlsx) the same way: real date and time cells, numbers, a bad row reported', async () => {
    const xlsx = await writeXlsxFile([
      [{ value: 'Account' }, { value: 'Date' }, { value: 'Time' }, { value: 'Text' }, { value: 'Tags' }],
      [
        { value: '@TotalCareers' },
        { value: new Date(Date.UTC(2026, 5, 2)), type: Date, format: 'dd/mm/yyyy' },
        { value: 0.4375, type: Number, format: 'hh:mm' }, // 10:30, as Excel keeps a time of day
        { value: 'Alternance : postulez sur https://careers.total.example/jobs/x1 #Alternance' },
        { value: 'alternance' },
      ],
      [{ value: '@TotalCareers' }, { value: '2026-06-03' }, { value: '09:15' }, { value: 2026 }, { value: '' }],
      [{ value: '@Kindy' }, { value: '2026-06-04' }, { value: '09:15' }, { value: 'Pas mon compte' }, { value: '' }],
    ]).toBuffer();
    const res = await send(recruiter, 'post', '/imports', {
      workbook: xlsx.toString('base64'),
      fileName: 'offres.xlsx',
    }).expect(201);
    expect(res.body).toMatchObject({ status: 'dry_run', total: 3, validRows: 2, fileName: 'offres.xlsx' });
    expect(res.body.rows[0]).toMatchObject({
      account: 'TotalCareers',
      local: { date: '2026-06-02', time: '10:30', timeZone: 'Europe/Paris' },
      scheduledAt: '2026-06-02T08:30:00.000Z',
    });
    expect(res.body.rows[1]).toMatchObject({ text: '2026', scheduledAt: '2026-06-03T07:15:00.000Z' });
    expect(res.body.rows[2].errors[0].code).toBe('ACCOUNT_NOT_ALLOWED');

    const notXlsx = await send(recruiter, 'post', '/imports', {
      workbook: Buffer.from('account,date\n').toString('base64'),
    }).expect(400);
    expect(notXlsx.body.code).toBe('BAD_XLSX');
    // A zip bomb: this workbook plus an entry of zeros that inflates past the limit (the archive stays small).
    const bomb = zipSync(
      { ...unzipSync(xlsx), 'xl/media/padding.bin': new Uint8Array(21 * 1024 * 1024) },
      { level: 9 },
    );
    const tooLarge = await send(recruiter, 'post', '/imports', {
      workbook: Buffer.from(bomb).toString('base64'),
    }).expect(400);
    expect(tooLarge.body.code).toBe('XLSX_TOO_LARGE');
    const both = await send(recruiter, 'post', '/imports', { content: 'a,b', workbook: 'QUJD' }).expect(400);
    expect(both.body.code).toBe('IMPORT_SOURCE');
    const neither = await send(recruiter, 'post', '/imports', { fileName: 'x.csv' }).expect(400);
    expect(neither.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['content', 'workbook']),
    );
  });

  it('a row breaking a blocking charter rule is an error of the dry run, as the composer refuses it', async () => {
    const lines = [
      'account,date,time,text,tags,kind',
      '@TotalCareers,2026-07-01,10:00,Alternance : postulez sur https://careers.total.example/jobs/a1 #Alternance,,job_offer',
      '@TotalCareers,2026-07-02,10:00,Nous recrutons un analyste financier à Paris,,job_offer',
      '@TotalCareers,2026-07-03,10:00,Les concurrents sont des connards.,,',
    ];
    const res = await send(recruiter, 'post', '/imports', { content: lines.join('\n'), fileName: 'charte.csv' }).expect(
      201,
    );
    expect(res.body).toMatchObject({ status: 'dry_run', total: 3, validRows: 1 });
    const [ok, offer, insult] = res.body.rows;
    expect(ok.errors).toEqual([]);
    expect(offer.errors.map((e: { code: string }) => e.code)).toContain('CHARTER_BLOCKED');
    expect(offer.errors[0].params.finding.code).toBe('CHARTER_REQUIRED_ELEMENT');
    expect(offer.errors[0].message.fr).toMatch(/^Bloqué par la charte de la marque/);
    expect(insult.errors[0]).toMatchObject({
      code: 'CHARTER_BLOCKED',
      params: { finding: { code: 'CHARTER_BANNED_TERM' } },
    });
  });
});

describe('job offers', () => {
  it('templates FR/EN generate posts for the careers account; closing the offer cancels its pending posts (audited)', async () => {
    await send(recruiter, 'put', `/accounts/${careers}/templates/job_offer/fr`, {
      body: 'On recrute ! {{title}} — {{contractType}} — {{location}}, jusqu’au {{closingDate}} {{url}} {{hashtags}}',
    }).expect(200);
    await send(recruiter, 'put', `/accounts/${careers}/templates/job_offer/fr`, { body: '{{salaire}}' }).expect(400);
    const res = await send(recruiter, 'post', '/job-offers', {
      accountId: careers,
      title: 'Ingénieure données',
      location: 'Paris La Défense',
      contractType: 'cdi',
      url: 'https://careers.total.example/jobs/900',
      closesAt: '2026-05-31T21:59:00Z',
      hashtags: ['Recrutement', 'Data'],
      titleEn: 'Data engineer',
      hashtagsEn: ['#Hiring', 'Data'],
      generate: { languages: ['fr', 'en'], scheduledAt: '2026-04-02T09:00:00+02:00', submit: true },
    }).expect(201);
    const offer = res.body;
    expect(offer).toMatchObject({ titleEn: 'Data engineer', hashtagsEn: ['Hiring', 'Data'] });
    // The English post words the offer in English: its title and hashtags, not the French ones.
    expect(offer.posts.map((p: PostDto) => p.segments[0]!.text)).toEqual([
      'On recrute ! Ingénieure données — CDI — Paris La Défense, jusqu’au 31 mai 2026 https://careers.total.example/jobs/900 #Recrutement #Data',
      '🚀 We are hiring: Data engineer (Permanent) in Paris La Défense. Apply by May 31, 2026: https://careers.total.example/jobs/900 #Hiring #Data',
    ]);
    expect(offer.posts.map((p: PostDto) => [p.kind, p.status])).toEqual([
      ['job_offer', 'in_review'],
      ['job_offer', 'in_review'],
    ]);
    const draft = (await send(recruiter, 'post', `/job-offers/${offer.id}/posts`, { languages: ['fr'] }).expect(201))
      .body.items[0];
    expect(draft.status).toBe('draft');

    const closed = await send(recruiter, 'post', `/job-offers/${offer.id}/close`, { version: offer.version }).expect(
      200,
    );
    expect(closed.body.offer.status).toBe('closed');
    expect(closed.body.cancelledPostIds).toHaveLength(3);
    for (const id of closed.body.cancelledPostIds) {
      const p = (await recruiter.agent.get(`/api/workspaces/${ws}/posts/${id}`).expect(200)).body;
      expect(p).toMatchObject({ status: 'cancelled', statusReason: 'job_offer_closed' });
    }
    await send(recruiter, 'post', `/job-offers/${offer.id}/close`, { version: closed.body.offer.version }).expect(409);
    const audit = await owner.agent.get(`/api/workspaces/${ws}/audit?action=job_offer.closed`).expect(200);
    expect(JSON.stringify(audit.body)).toContain(offer.id);

    const stranger = await registerUser(api, 'stranger', 'Autre');
    await stranger.agent.get(`/api/workspaces/${ws}/job-offers/${offer.id}`).expect(404);
  });
});

describe('posting slots and the queue (Tue/Thu 09:30 Paris, across the spring change)', () => {
  it('add to queue takes the next free slot; the queue closes up when a post leaves it', async () => {
    const next = (await recruiter.agent.get(`/api/workspaces/${ws}/accounts/${careers}/slots/next?count=3`).expect(200))
      .body.items;
    expect(next).toEqual(['2026-03-24T08:30:00.000Z', '2026-03-26T08:30:00.000Z', '2026-03-31T07:30:00.000Z']);
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const p = (
        await send(recruiter, 'post', '/queue', {
          accountId: careers,
          segments: [{ text: `File d’attente n°${n}` }],
        }).expect(201)
      ).body as PostDto;
      ids.push(p.id);
    }
    let queue = (await recruiter.agent.get(`/api/workspaces/${ws}/accounts/${careers}/queue`).expect(200)).body.items;
    expect(queue.map((q: { scheduledAt: string }) => parisTime(q.scheduledAt))).toEqual(['09:30', '09:30', '09:30']);
    expect(queue.map((q: { scheduledAt: string }) => q.scheduledAt)).toEqual(next);
    const moved = await send(recruiter, 'delete', `/accounts/${careers}/queue/${ids[0]}`).expect(200);
    expect(moved.body.moved.map((m: { id: string }) => m.id)).toEqual([ids[1], ids[2]]);
    queue = (await recruiter.agent.get(`/api/workspaces/${ws}/accounts/${careers}/queue`).expect(200)).body.items;
    expect(queue.map((q: { id: string; scheduledAt: string }) => [q.id, q.scheduledAt])).toEqual([
      [ids[1], '2026-03-24T08:30:00.000Z'],
      [ids[2], '2026-03-26T08:30:00.000Z'],
    ]);
  });
});

describe('evergreen recurrence', () => {
  it('weekly at 10:00 Paris across the spring change, variants rotate, each occurrence goes to review', async () => {
    const r = (
      await send(recruiter, 'post', '/recurrences', {
        accountId: careers,
        startDate: '2026-03-23',
        time: '10:00',
        every: 1,
        unit: 'week',
        variants: [
          'Nos métiers vous attendent : careers.total.example',
          'Envie de nous rejoindre ? careers.total.example',
        ],
      }).expect(201)
    ).body;
    await send(recruiter, 'post', '/recurrences', {
      accountId: careers,
      startDate: '2026-03-23',
      time: '10:00',
      every: 1,
      unit: 'week',
      variants: ['Même', 'même'],
    }).expect(400);
    const res = await send(recruiter, 'post', `/recurrences/${r.id}/occurrences`, { count: 3 });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    expect(res.status).toBe(201);
    const created = res.body.items as PostDto[];
    expect(created.map((p) => p.scheduledAt)).toEqual([
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
    ]);
    const texts = created.map((p) => p.segments[0]!.text);
    expect(texts[0]).not.toBe(texts[1]);
    expect(texts[1]).not.toBe(texts[2]);
    // The third occurrence repeats the first variant word for word while the first is still planned: the charter's
    // exact-duplicate rule blocks it, so it is not submitted and stays a draft carrying the finding.
    expect(created.map((p) => p.status)).toEqual(['in_review', 'in_review', 'draft']);
    expect(created[2]!.findings).toContainEqual(
      expect.objectContaining({ code: 'CHARTER_EXACT_DUPLICATE', severity: 'block' }),
    );
    const more = (await send(recruiter, 'post', `/recurrences/${r.id}/occurrences`, { count: 1 }).expect(201)).body
      .items as PostDto[];
    expect(more[0]!.scheduledAt).toBe('2026-04-13T08:00:00.000Z');
  });
});

describe('live-event mode', () => {
  it('a session with deadlines, a fast lane and a budget', async () => {
    const s = (
      await send(owner, 'post', '/live-sessions', {
        accountId: careers,
        title: 'Forum emploi en direct',
        startsAt: '2026-03-20T09:00:00Z',
        endsAt: '2026-03-20T11:00:00Z',
        maxLatenessSeconds: 30,
        budget: 3,
      }).expect(201)
    ).body;
    const posted: PostDto[] = [];
    for (const n of [1, 2, 3])
      posted.push(
        (await send(recruiter, 'post', `/live-sessions/${s.id}/posts`, { text: `En direct n°${n}` }).expect(201)).body,
      );
    expect(posted[0]).toMatchObject({
      kind: 'live',
      status: 'in_review',
      scheduledAt: '2026-03-20T09:00:00.000Z',
      publishBy: '2026-03-20T09:00:30.000Z',
    });
    const over = await send(recruiter, 'post', `/live-sessions/${s.id}/posts`, { text: 'Un de trop' }).expect(429);
    expect(over.body.code).toBe('LIVE_BUDGET_EXHAUSTED');
    const inbox = (await owner.agent.get(`/api/workspaces/${ws}/live-sessions/${s.id}/inbox`).expect(200)).body.items;
    expect(inbox.map((i: { id: string }) => i.id)).toEqual(posted.map((p) => p.id));
    const status = (await owner.agent.get(`/api/workspaces/${ws}/live-sessions/${s.id}`).expect(200)).body;
    expect(status.budget).toMatchObject({ limit: 3, used: 3, remaining: 0 });
    const list = (await recruiter.agent.get(`/api/workspaces/${ws}/live-sessions/${s.id}/posts`).expect(200)).body
      .items as PostDto[];
    expect(list.map((p) => [p.id, p.kind, p.status, p.segments[0]!.text])).toEqual(
      posted.map((p, i) => [p.id, 'live', 'in_review', `En direct n°${i + 1}`]),
    );
    expect(list[0]!.publishBy).toBe('2026-03-20T09:00:30.000Z');
    await api.agent().get(`/api/workspaces/${ws}/live-sessions/${s.id}/posts`).expect(401);
  });
});

describe('iCal feed', () => {
  it('a secret URL parses back with an iCalendar parser and shows the right local times; revoked, it answers 404', async () => {
    const feed = (await send(recruiter, 'post', '/calendar-feeds', { scope: 'account', targetId: careers }).expect(201))
      .body;
    await send(recruiter, 'post', '/calendar-feeds', { scope: 'workspace' }).expect(403);
    const path = new URL(feed.url).pathname;
    const res = await api.agent().get(path).expect(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const parsed = nodeIcal.sync.parseICS(res.text);
    const events = Object.values(parsed).filter((e): e is nodeIcal.VEvent => e?.type === 'VEVENT');
    const queued = events.find((e) => String(e.summary).includes('File d’attente n°2'));
    expect(queued).toBeDefined();
    expect(new Date(queued!.start).toISOString()).toBe('2026-03-24T08:30:00.000Z');
    expect(parisTime(new Date(queued!.start).toISOString())).toBe('09:30');
    const afterChange = events.find((e) => new Date(e.start).toISOString() === '2026-03-30T08:00:00.000Z');
    expect(parisTime(new Date(afterChange!.start).toISOString())).toBe('10:00');
    expect(String(afterChange!.description)).toContain('10:00');
    await send(recruiter, 'delete', `/calendar-feeds/${feed.feed.id}`).expect(204);
    await api.agent().get(path).expect(404);
    await api.agent().get('/api/ical/ical_forged.ics').expect(404);
  });

  it('event links open the post page inside its workspace; titles word the status in the creator’s language', async () => {
    expect(owner.me.user.locale).toBe('fr');
    const feed = (await send(owner, 'post', '/calendar-feeds', { scope: 'workspace' }).expect(201)).body;
    const origin = new URL(feed.url).origin;
    const text = (await api.agent().get(new URL(feed.url).pathname).expect(200)).text;
    const parsed = nodeIcal.sync.parseICS(text);
    const events = Object.values(parsed).filter((e): e is nodeIcal.VEvent => e?.type === 'VEVENT');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const id = String(e.uid).replace('@x-publisher', '');
      // The web route of a post page is /w/:workspaceId/posts/:postId (a bare /posts/:id is "page not found").
      const url = typeof e.url === 'string' ? e.url : (e.url as unknown as { val: string }).val;
      expect(url).toBe(`${origin}/w/${ws}/posts/${id}`);
      expect(String(e.summary)).not.toMatch(
        /· (draft|in_review|changes_requested|scheduled|published|failed|missed) ·/,
      );
    }
    const words = ['Brouillon', 'En validation', 'Programmé', 'Publié'].map((w) => ` · ${w} · `);
    expect(events.every((e) => words.some((w) => String(e.summary).includes(w)))).toBe(true);
    expect(text).toContain('X Publisher — Calendrier de l’espace de travail');
    // A feed created by an English-speaking member speaks English.
    const en = api.agent();
    const me = (
      await en
        .post('/api/auth/register')
        .send({ email: uniqueEmail('ical-en'), password: PASSWORD, displayName: 'En', locale: 'en' })
        .expect(201)
    ).body;
    const enWs = me.workspaces[0].id;
    const enFeed = (
      await en
        .post(`/api/workspaces/${enWs}/calendar-feeds`)
        .set('x-csrf-token', me.csrfToken)
        .send({ scope: 'workspace' })
        .expect(201)
    ).body;
    expect((await api.agent().get(new URL(enFeed.url).pathname).expect(200)).text).toContain(
      'X Publisher — Workspace calendar',
    );
  });

  it('a feed dies with its creator membership, and follows a narrowed account scope', async () => {
    const mine = (await send(recruiter, 'post', '/calendar-feeds', { scope: 'account', targetId: careers }).expect(201))
      .body;
    const path = new URL(mine.url).pathname;
    await api.agent().get(path).expect(200);
    // Scope narrowed to another account: the feed no longer shows @TotalCareers.
    const other = (await owner.agent.get(`/api/workspaces/${ws}/accounts`).expect(200)).body.items.find(
      (a: { id: string }) => a.id !== careers,
    ) as { id: string };
    const member = `/api/workspaces/${ws}/members/${recruiter.me.user.id}`;
    const scope = async (accountIds: string[]) => {
      const row = (await owner.agent.get(`/api/workspaces/${ws}/members?limit=200`)).body.items.find(
        (m: { userId: string }) => m.userId === recruiter.me.user.id,
      );
      await owner.agent
        .patch(member)
        .set('x-csrf-token', owner.csrf)
        .send({ accountIds, version: row.version })
        .expect(200);
    };
    await scope([other.id]);
    const narrowed = nodeIcal.sync.parseICS((await api.agent().get(path).expect(200)).text);
    expect(Object.values(narrowed).filter((e) => e?.type === 'VEVENT')).toHaveLength(0);
    await scope([careers]);
    await api.agent().get(path).expect(200);
    // Removed from the workspace: the secret URL answers 404.
    await owner.agent.delete(member).set('x-csrf-token', owner.csrf).expect(204);
    await api.agent().get(path).expect(404);
  });
});
