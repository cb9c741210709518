import { randomUUID } from 'node:crypto';
import type { Role } from '@xp/shared';
import type { Approval } from '@xp/server/domain';
import { AccountRepository, type AccountRecord } from '../accounts/account.ports';
import { AuditLog, Notifier, type AuditEventInput, type NotificationInput } from '../audit/audit.ports';
import { AuditRepository } from '../audit/audit-store.ports';
import { AccessService, type Actor } from '../identity/access.service';
import { Clock, MembershipRepository, UnitOfWork, type MemberView, type MembershipRecord } from '../ports';
import { CharterRepository, MediaRepository, PostRepository, type NewRevision, type PostRecord } from './post.ports';
import { PostService } from './post.service';

/**
 * PostService's decisions with in-memory fakes of its ports (no database): who may create, edit, submit and
 * approve, what each step leaves in the post, its approvals, the audit trail and the notifications.
 */
const NOW = new Date('2026-03-02T09:00:00Z');
const LATER = new Date('2026-03-05T09:00:00Z');
const WS = randomUUID();
const TEXT = 'Bonjour à tous, voici notre nouvelle offre pour le printemps.';

const users: Record<Role, string> = {
  owner: randomUUID(),
  admin: randomUUID(),
  manager: randomUUID(),
  editor: randomUUID(),
  viewer: randomUUID(),
};
const actor = (role: Role): Actor => ({ userId: users[role], via: 'session' });

const account: AccountRecord = {
  id: randomUUID(),
  workspaceId: WS,
  brandId: randomUUID(),
  xUserId: '42',
  handle: 'Kindy',
  replyApproval: 'manager',
  firstResponseMinutes: 60,
  name: 'Kindy',
  avatarUrl: null,
  status: 'connected',
  timezone: 'Europe/Paris',
  approvalPolicy: { requiredApprovals: 1, approverRoles: ['owner', 'admin', 'manager'] },
  postingSlots: [],
  rateLimitTier: 'basic',
  longPosts: false,
  tokenExpiresAt: null,
  version: 1,
  createdAt: NOW,
  updatedAt: NOW,
};

class InMemoryPosts {
  readonly rows = new Map<string, PostRecord>();
  readonly approvalsOf = new Map<string, (Approval & { valid: boolean })[]>();
  revisions = 0;
  holds: { scope: 'workspace' | 'brand' | 'account'; targetId: string }[] = [];

  async insert(p: Omit<PostRecord, 'id' | 'version'>): Promise<PostRecord> {
    const row = { ...p, id: randomUUID(), version: 1 };
    this.rows.set(row.id, row);
    return { ...row };
  }
  async find(workspaceId: string, id: string): Promise<PostRecord | null> {
    const r = this.rows.get(id);
    return r && r.workspaceId === workspaceId ? { ...r } : null;
  }
  findForUpdate(workspaceId: string, id: string): Promise<PostRecord | null> {
    return this.find(workspaceId, id);
  }
  async save(workspaceId: string, id: string, version: number, patch: Partial<PostRecord>) {
    const r = this.rows.get(id);
    if (!r || r.workspaceId !== workspaceId || r.version !== version) return 'stale' as const;
    const next = { ...r, ...patch, version: version + 1 };
    this.rows.set(id, next);
    return { ...next };
  }
  readonly writers = new Map<string, Set<string>>();
  async addRevision({ postId, authorId }: NewRevision): Promise<number> {
    this.writers.set(postId, (this.writers.get(postId) ?? new Set()).add(authorId));
    return ++this.revisions;
  }
  async contributors(_ws: string, postId: string): Promise<string[]> {
    return [...(this.writers.get(postId) ?? [])];
  }
  async usingMedia() {
    return [];
  }
  async approvals(workspaceId: string, postId: string): Promise<Approval[]> {
    return (this.approvalsOf.get(postId) ?? []).filter((a) => a.valid).map(({ valid: _v, ...a }) => a);
  }
  async addApproval(_ws: string, postId: string, a: Approval): Promise<void> {
    this.approvalsOf.set(postId, [...(this.approvalsOf.get(postId) ?? []), { ...a, valid: true }]);
  }
  async invalidateApprovals(_ws: string, postId: string): Promise<void> {
    for (const a of this.approvalsOf.get(postId) ?? []) a.valid = false;
  }
  async recent() {
    return [];
  }
  async neighbours() {
    return [];
  }
  async lastApprovedSegments() {
    return null;
  }
  async activeHolds() {
    return this.holds;
  }
  async comments() {
    return [];
  }
}

class Recorder {
  audit: AuditEventInput[] = [];
  notes: NotificationInput[] = [];
}

function setup() {
  const posts = new InMemoryPosts();
  const rec = new Recorder();
  const memberships = {
    async find(workspaceId: string, userId: string): Promise<MembershipRecord | null> {
      const role = (Object.keys(users) as Role[]).find((r) => users[r] === userId);
      return workspaceId === WS && role
        ? { workspaceId, userId, role, accountIds: null, version: 1, createdAt: NOW }
        : null;
    },
    async list() {
      const items: MemberView[] = (Object.keys(users) as Role[]).map((role) => ({
        workspaceId: WS,
        userId: users[role],
        role,
        accountIds: null,
        version: 1,
        createdAt: NOW,
        email: `${role}@example.fr`,
        displayName: role,
      }));
      return { items, nextCursor: null };
    },
  } as unknown as MembershipRepository;
  const accounts = {
    async find(workspaceId: string, id: string) {
      return workspaceId === WS && id === account.id ? account : null;
    },
    async list() {
      return [account];
    },
  } as unknown as AccountRepository;
  const service = new PostService(
    posts as unknown as PostRepository,
    accounts,
    { get: async () => null } as unknown as CharterRepository,
    { findMany: async () => [] } as unknown as MediaRepository,
    memberships,
    new AccessService(memberships),
    { record: async (e: AuditEventInput) => void rec.audit.push(e) } as AuditLog,
    {} as AuditRepository,
    {
      notify: async (n: NotificationInput) => void rec.notes.push(n),
      resolve: async () => undefined,
    } as unknown as Notifier,
    { now: () => NOW } as Clock,
    { run: <T>(fn: () => Promise<T>) => fn() } as UnitOfWork,
  );
  return { service, posts, rec };
}

const input = (over: Record<string, unknown> = {}) => ({
  accountId: account.id,
  segments: [{ text: TEXT }],
  scheduledAt: LATER,
  ...over,
});

describe('PostService.create', () => {
  it('an editor creates a draft: one revision, audited as post.created', async () => {
    const { service, posts, rec } = setup();
    const view = await service.create(WS, actor('editor'), input());
    expect(view.post).toMatchObject({ status: 'draft', authorId: users.editor, scheduledAt: LATER, version: 1 });
    expect(posts.revisions).toBe(1);
    expect(rec.audit).toEqual([expect.objectContaining({ action: 'post.created', subjectId: view.post.id })]);
  });

  it.each([
    ['a viewer', () => setup().service.create(WS, actor('viewer'), input()), 'FORBIDDEN'],
    [
      'an unknown account',
      () => setup().service.create(WS, actor('editor'), input({ accountId: randomUUID() })),
      'ACCOUNT_NOT_FOUND',
    ],
    [
      'a deadline without a date',
      () => setup().service.create(WS, actor('editor'), input({ scheduledAt: null, publishBy: LATER })),
      'PUBLISH_BY_WITHOUT_DATE',
    ],
    [
      'a segment over 280',
      () => setup().service.create(WS, actor('editor'), input({ segments: [{ text: 'a'.repeat(281) }] })),
      'POST_TOO_LONG',
    ],
    ['no segment', () => setup().service.create(WS, actor('editor'), input({ segments: [] })), 'BAD_SEGMENTS'],
    ['another workspace', () => setup().service.create(randomUUID(), actor('editor'), input()), 'WORKSPACE_NOT_FOUND'],
  ])('refuses %s', async (_what, run, code) => {
    await expect(run()).rejects.toMatchObject({ code });
  });
});

describe('PostService.submit and approve', () => {
  it('submit puts a dated draft in review and tells the approvers (not the author)', async () => {
    const { service, rec } = setup();
    const { post } = await service.create(WS, actor('editor'), input());
    const view = await service.submit(WS, actor('editor'), post.id);
    expect(view.post.status).toBe('in_review');
    expect(rec.audit.map((a) => a.action)).toEqual(['post.created', 'post.submit']);
    const [note] = rec.notes;
    expect(note).toMatchObject({ event: 'post.submitted', subjectId: post.id });
    expect(note!.recipientIds.sort()).toEqual([users.owner, users.admin, users.manager].sort());
  });

  it('a manager approves the current content: scheduled, the author is told', async () => {
    const { service, posts, rec } = setup();
    const { post } = await service.create(WS, actor('editor'), input());
    await service.submit(WS, actor('editor'), post.id);
    const view = await service.approve(WS, actor('manager'), post.id, { contentHash: post.contentHash });
    expect(view.post.status).toBe('scheduled');
    expect(await posts.approvals(WS, post.id)).toEqual([
      expect.objectContaining({ approverId: users.manager, contentHash: post.contentHash }),
    ]);
    expect(rec.notes.at(-1)).toMatchObject({ event: 'post.approved', recipientIds: [users.editor] });
  });

  it('refuses an approval by an editor, and one on content that changed since it was read', async () => {
    const { service } = setup();
    const { post } = await service.create(WS, actor('editor'), input());
    await service.submit(WS, actor('editor'), post.id);
    await expect(
      service.approve(WS, actor('editor'), post.id, { contentHash: post.contentHash }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(service.approve(WS, actor('manager'), post.id, { contentHash: 'f'.repeat(64) })).rejects.toMatchObject(
      { kind: 'conflict' },
    );
  });

  it('refuses to submit a post twice (the lifecycle decides)', async () => {
    const { service } = setup();
    const { post } = await service.create(WS, actor('editor'), input());
    await service.submit(WS, actor('editor'), post.id);
    await expect(service.submit(WS, actor('editor'), post.id)).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('a post of another workspace is not found', async () => {
    const { service } = setup();
    const { post } = await service.create(WS, actor('editor'), input());
    await expect(service.get(WS, actor('editor'), randomUUID())).rejects.toMatchObject({ code: 'POST_NOT_FOUND' });
    await expect(service.submit(randomUUID(), actor('editor'), post.id)).rejects.toMatchObject({
      code: 'WORKSPACE_NOT_FOUND',
    });
  });
});

describe('PostService.update', () => {
  it('editing approved content sends it back to review and invalidates the approvals', async () => {
    const { service, posts } = setup();
    const { post } = await service.create(WS, actor('editor'), input());
    await service.submit(WS, actor('editor'), post.id);
    const approved = await service.approve(WS, actor('manager'), post.id, { contentHash: post.contentHash });
    const edited = await service.update(
      WS,
      actor('editor'),
      post.id,
      { segments: [{ text: `${TEXT} Inscriptions ouvertes.` }] },
      approved.post.version,
    );
    expect(edited.post.status).toBe('in_review');
    expect(edited.post.contentHash).not.toBe(post.contentHash);
    expect(await posts.approvals(WS, post.id)).toEqual([]);
  });

  it('moving a scheduled post in time keeps its approvals', async () => {
    const { service, posts } = setup();
    const { post } = await service.create(WS, actor('editor'), input());
    await service.submit(WS, actor('editor'), post.id);
    const approved = await service.approve(WS, actor('manager'), post.id, { contentHash: post.contentHash });
    const moved = new Date(LATER.getTime() + 3_600_000);
    const view = await service.update(WS, actor('editor'), post.id, { scheduledAt: moved }, approved.post.version);
    expect(view.post).toMatchObject({ status: 'scheduled', scheduledAt: moved });
    expect(await posts.approvals(WS, post.id)).toHaveLength(1);
  });

  it('refuses a stale version', async () => {
    const { service } = setup();
    const { post } = await service.create(WS, actor('editor'), input());
    await expect(
      service.update(WS, actor('editor'), post.id, { tags: ['printemps'] }, post.version + 1),
    ).rejects.toMatchObject({ kind: 'conflict' });
  });
});
