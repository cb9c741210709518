import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext, SandboxContext, XResult } from './context';
import { XProblemError } from './context';
import { type InvalidParam, invalidRequest, notFound } from './problems';
import type { SandboxMedia } from './state';

const MEDIA_TYPES = new Set([
  'video/mp4',
  'video/webm',
  'video/mp2t',
  'video/quicktime',
  'image/jpeg',
  'image/gif',
  'image/bmp',
  'image/png',
  'image/webp',
  'image/pjpeg',
  'image/tiff',
  'text/srt',
  'text/vtt',
  'model/gltf-binary',
  'model/vnd.usdz+zip',
]);
const CATEGORIES = new Set([
  'amplify_video',
  'tweet_gif',
  'tweet_image',
  'tweet_video',
  'dm_gif',
  'dm_image',
  'dm_video',
  'subtitles',
]);
const MB = 1024 * 1024;
const MAX_TOTAL = 17179869184;
const EXPIRES_AFTER_S = 86400;

function invalid(errors: InvalidParam[]): never {
  throw new XProblemError(400, invalidRequest(errors));
}

function inferCategory(mediaType: string): string {
  if (mediaType.includes('gif')) return 'tweet_gif';
  if (mediaType.startsWith('video')) return 'tweet_video';
  if (mediaType.startsWith('text')) return 'subtitles';
  return 'tweet_image';
}

function sizeLimit(category: string): number {
  if (category.endsWith('gif')) return 15 * MB;
  if (category.endsWith('video')) return 512 * MB;
  if (category === 'subtitles') return 1 * MB;
  return 5 * MB;
}

interface MultipartContent {
  fields: Record<string, string>;
  bytes?: number;
}

async function readBody(req: FastifyRequest): Promise<MultipartContent> {
  if (req.isMultipart()) {
    const fields: Record<string, string> = {};
    let bytes: number | undefined;
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        let n = 0;
        for await (const chunk of part.file) n += (chunk as Buffer).length;
        if (part.fieldname === 'media' || part.fieldname === 'media_data') bytes = (bytes ?? 0) + n;
      } else {
        const v = part.value;
        const s = typeof v === 'string' ? v : Buffer.isBuffer(v) ? v.toString('latin1') : String(v);
        if (part.fieldname === 'media') bytes = (bytes ?? 0) + Buffer.byteLength(s, 'latin1');
        else fields[part.fieldname] = s;
      }
    }
    return { fields, bytes };
  }
  const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  let bytes: number | undefined;
  for (const [k, v] of Object.entries(body)) {
    if (k === 'media' || k === 'media_data') bytes = Buffer.from(String(v), 'base64').length;
    else fields[k] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  return { fields, bytes };
}

export function registerMediaRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { state } = ctx;
  const W = ['media.write'];

  const userId = (auth: AuthContext): string => {
    if (auth.kind !== 'user') throw new Error('user context expected');
    return auth.user.id;
  };

  function owned(id: string, uid: string): SandboxMedia {
    const m = state.media.get(id);
    if (!m || !m.ownerIds.includes(uid) || m.expiresAt <= ctx.now()) {
      throw new XProblemError(400, invalidRequest([{ parameters: { media_id: [id] }, message: 'Invalid media_id.' }]));
    }
    return m;
  }

  function processingInfo(m: SandboxMedia): Record<string, unknown> | undefined {
    if (m.state === 'uploading' || m.finalizedAt === undefined) return undefined;
    if (!m.category.endsWith('video') && !m.category.endsWith('gif')) return undefined;
    const elapsed = ctx.now() - m.finalizedAt;
    const total = ctx.behaviour.mediaProcessingMs;
    if (m.state !== 'failed' && m.state !== 'succeeded' && elapsed >= total) m.state = 'succeeded';
    if (m.state === 'succeeded') return { state: 'succeeded', progress_percent: 100 };
    if (m.state === 'failed')
      return {
        state: 'failed',
        progress_percent: 100,
        error: { code: 1, name: 'InvalidMedia', message: 'Unsupported video format' },
      };
    if (elapsed > 0 && m.state === 'pending') m.state = 'in_progress';
    return {
      state: m.state,
      check_after_secs: Math.max(1, Math.ceil((total - elapsed) / 1000)),
      progress_percent: Math.min(99, Math.floor((elapsed / Math.max(1, total)) * 100)),
    };
  }

  function describe(m: SandboxMedia): Record<string, unknown> {
    const o: Record<string, unknown> = {
      id: m.id,
      media_key: m.mediaKey,
      size: m.totalBytes,
      expires_after_secs: Math.max(0, Math.floor((m.expiresAt - ctx.now()) / 1000)),
    };
    const info = processingInfo(m);
    if (info) o.processing_info = info;
    if (m.category.endsWith('image')) o.image = { image_type: m.mediaType, w: 1200, h: 675 };
    if (m.category.endsWith('video')) o.video = { video_type: m.mediaType };
    return o;
  }

  function initialize(uid: string, f: Record<string, string | number | string[] | undefined>): XResult {
    const mediaType = typeof f.media_type === 'string' ? f.media_type : '';
    const total = Number(f.total_bytes);
    const errors: InvalidParam[] = [];
    if (!MEDIA_TYPES.has(mediaType)) {
      errors.push({
        parameters: { media_type: [mediaType] },
        message: `$.media_type: does not have a value in the enumeration [${[...MEDIA_TYPES].join(', ')}]`,
      });
    }
    if (!Number.isInteger(total) || total < 1 || total > MAX_TOTAL) {
      errors.push({
        parameters: { total_bytes: [String(f.total_bytes)] },
        message: '$.total_bytes: must have a minimum value of 1 and a maximum value of 17179869184',
      });
    }
    const category =
      typeof f.media_category === 'string' && f.media_category ? f.media_category : inferCategory(mediaType);
    if (!CATEGORIES.has(category)) {
      errors.push({
        parameters: { media_category: [category] },
        message: `$.media_category: does not have a value in the enumeration [${[...CATEGORIES].join(', ')}]`,
      });
    }
    if (errors.length === 0 && total > sizeLimit(category)) {
      errors.push({
        parameters: { total_bytes: [String(total)] },
        message: `File size exceeds ${sizeLimit(category)} bytes.`,
      });
    }
    if (errors.length) invalid(errors);
    const now = ctx.now();
    const id = ctx.ids.next(now);
    const prefix = category.endsWith('gif') ? '16' : category.endsWith('video') ? '7' : '3';
    const extraOwners = Array.isArray(f.additional_owners)
      ? f.additional_owners
      : typeof f.additional_owners === 'string' && f.additional_owners
        ? f.additional_owners.split(',')
        : [];
    const m: SandboxMedia = {
      id,
      mediaKey: `${prefix}_${id}`,
      ownerIds: [uid, ...extraOwners],
      mediaType,
      category,
      totalBytes: total,
      segments: {},
      state: 'uploading',
      expiresAt: now + EXPIRES_AFTER_S * 1000,
    };
    state.media.set(id, m);
    ctx.changed();
    return { status: 200, body: { data: { id, media_key: m.mediaKey, expires_after_secs: EXPIRES_AFTER_S } } };
  }

  function append(uid: string, id: string, segmentIndex: string | undefined, bytes: number | undefined): XResult {
    const m = owned(id, uid);
    const idx = Number(segmentIndex);
    if (segmentIndex === undefined || !/^\d+$/.test(segmentIndex) || idx > 999) {
      invalid([
        {
          parameters: { segment_index: [String(segmentIndex)] },
          message: '$.segment_index: must have a minimum value of 0 and a maximum value of 999',
        },
      ]);
    }
    if (bytes === undefined)
      invalid([{ parameters: { media: [] }, message: '$.media: is missing but it is required' }]);
    if (m.state !== 'uploading')
      invalid([{ parameters: { media_id: [id] }, message: 'Media upload is already finalized.' }]);
    m.segments[String(idx)] = bytes;
    const sum = Object.values(m.segments).reduce((a, b) => a + b, 0);
    if (sum > m.totalBytes) {
      delete m.segments[String(idx)];
      invalid([{ parameters: { media: [] }, message: 'Segments exceed the total_bytes provided at initialization.' }]);
    }
    return { status: 200, body: { data: { expires_at: Math.floor(m.expiresAt / 1000) } } };
  }

  function finalize(uid: string, id: string): XResult {
    const m = owned(id, uid);
    if (m.state === 'uploading') {
      const sum = Object.values(m.segments).reduce((a, b) => a + b, 0);
      if (sum !== m.totalBytes) {
        invalid([{ parameters: { media_id: [id] }, message: 'Segments do not add up to provided total file size.' }]);
      }
      m.finalizedAt = ctx.now();
      m.state = m.category.endsWith('video') || m.category.endsWith('gif') ? 'pending' : 'succeeded';
      m.expiresAt = m.finalizedAt + EXPIRES_AFTER_S * 1000;
      ctx.changed();
    }
    const d = describe(m);
    // Right after finalize, video/GIF report `pending` (the client then polls STATUS).
    if (d.processing_info && m.state === 'pending') d.processing_info = { state: 'pending', check_after_secs: 1 };
    return { status: 200, body: { data: d } };
  }

  const spec = (endpoint: 'media.initialize' | 'media.append' | 'media.finalize' | 'media.status' | 'media.metadata') =>
    ({ endpoint, auth: 'user', scopes: W }) as const;

  app.post(
    '/2/media/upload/initialize',
    ctx.route(spec('media.initialize'), (req, auth) => {
      const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<
        string,
        string | number | string[] | undefined
      >;
      return initialize(userId(auth), body);
    }),
  );

  app.post(
    '/2/media/upload/:id/append',
    ctx.route(spec('media.append'), async (req, auth) => {
      const uid = userId(auth);
      const { fields, bytes } = await readBody(req);
      return append(uid, (req.params as { id: string }).id, fields.segment_index, bytes);
    }),
  );

  app.post(
    '/2/media/upload/:id/finalize',
    ctx.route(spec('media.finalize'), (req, auth) => finalize(userId(auth), (req.params as { id: string }).id)),
  );

  app.get(
    '/2/media/upload',
    ctx.route(spec('media.status'), (req, auth) => {
      const q = req.query as Record<string, string | undefined>;
      if ((q.command ?? 'STATUS').toUpperCase() !== 'STATUS') {
        invalid([
          { parameters: { command: [String(q.command)] }, message: 'Only command=STATUS is supported on GET.' },
        ]);
      }
      const id = q.media_id ?? '';
      const m = state.media.get(id);
      if (!m || !m.ownerIds.includes(userId(auth)))
        return { status: 404, body: { errors: [notFound('media', 'media_id', id)] } };
      return { status: 200, body: { data: describe(m) } };
    }),
  );

  // One-shot upload and the legacy command=INIT|APPEND|FINALIZE|STATUS form (not used by our client).
  app.post(
    '/2/media/upload',
    ctx.route({ endpoint: 'media.initialize', auth: 'user', scopes: W }, async (req, auth) => {
      const uid = userId(auth);
      const { fields, bytes } = await readBody(req);
      const command = (fields.command ?? '').toUpperCase();
      switch (command) {
        case 'INIT':
          return initialize(uid, fields);
        case 'APPEND':
          return append(uid, fields.media_id ?? '', fields.segment_index, bytes);
        case 'FINALIZE':
          return finalize(uid, fields.media_id ?? '');
        case 'STATUS': {
          const m = owned(fields.media_id ?? '', uid);
          return { status: 200, body: { data: describe(m) } };
        }
        default: {
          if (bytes === undefined)
            invalid([{ parameters: { media: [] }, message: '$.media: is missing but it is required' }]);
          const init = initialize(uid, {
            media_type: fields.media_type ?? 'image/png',
            total_bytes: bytes,
            media_category: fields.media_category,
          });
          const id = (init.body as { data: { id: string } }).data.id;
          append(uid, id, '0', bytes);
          return finalize(uid, id);
        }
      }
    }),
  );

  app.post(
    '/2/media/metadata',
    ctx.route(spec('media.metadata'), (req, auth) => {
      const uid = userId(auth);
      const body = (req.body && typeof req.body === 'object' ? req.body : {}) as {
        id?: unknown;
        metadata?: { alt_text?: { text?: unknown } };
      };
      const id = typeof body.id === 'string' ? body.id : '';
      const text = body.metadata?.alt_text?.text;
      if (typeof text !== 'string' || text.length > 1000) {
        invalid([
          {
            parameters: { 'metadata.alt_text.text': [String(text)] },
            message: '$.metadata.alt_text.text: must be a string of at most 1000 characters',
          },
        ]);
      }
      const m = owned(id, uid);
      m.altText = text;
      ctx.changed();
      return { status: 200, body: { data: { id, associated_metadata: { alt_text: { text } } } } };
    }),
  );
}
