import { contentHash } from '@xp/server/domain';
import { Clock, UnitOfWork } from '../ports';
import { Notifier, type NotificationInput } from '../audit/audit.ports';
import { XGateway, type XSegmentPublishResult } from '../accounts/account.ports';
import {
  PublishingRepository,
  type ClaimResult,
  type GateResult,
  type MediaBytes,
  type OutcomeAudit,
  type PublishJob,
  type PublishedCompletion,
  type TransitionExtras,
} from './publishing.ports';
import { PublishingService } from './publishing.service';

/**
 * PublishingService's decisions with in-memory fakes of its ports (no database, no network): what each X outcome
 * does to the post, its attempt, its audit event and the notifications.
 */
const T0 = new Date('2026-03-02T09:00:00Z');

class FixedClock extends Clock {
  at = T0;
  now(): Date {
    return new Date(this.at);
  }
}

class InlineUnitOfWork extends UnitOfWork {
  run<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  }
}

interface Saved {
  postId: string;
  status: string;
  notBefore: Date | null;
  extras: TransitionExtras;
}

class FakeRepo extends PublishingRepository {
  transitions: Saved[] = [];
  completed: PublishedCompletion[] = [];
  audits: { postId: string; audit: OutcomeAudit }[] = [];
  reauth: string[] = [];
  attempts = 0;
  /** Posts whose lease is gone (their writes do not move them). */
  lost = new Set<string>();
  due: PublishJob[] = [];
  next: Pick<ClaimResult, 'nextDueAt' | 'nextAccountId'> = { nextDueAt: null, nextAccountId: null };

  async claimDue(): Promise<ClaimResult> {
    const jobs = this.due.map((j) => ({ ...j, attemptId: `att-${j.id}` }));
    this.due = [];
    return { jobs, ...this.next };
  }
  async accountsDueBy(): Promise<string[]> {
    return [];
  }
  gateAnswer: GateResult = { holds: [], live: true };
  released: string[] = [];
  async gate(): Promise<GateResult> {
    return this.gateAnswer;
  }
  async release(ids: string[]): Promise<string[]> {
    this.released.push(...ids);
    return ids;
  }
  async nextDueAt(): Promise<Date | null> {
    return null;
  }
  async startAttempt(): Promise<string | null> {
    return `att-${++this.attempts}`;
  }
  async appendSegment(): Promise<boolean> {
    return true;
  }
  async finishAttempt(): Promise<void> {
    // recorded by transitions in these tests
  }
  async transition(
    postId: string,
    _from: unknown,
    next: { status: string; notBefore: Date | null },
    extras: TransitionExtras,
  ): Promise<boolean> {
    if (this.lost.has(postId)) return false;
    this.transitions.push({ postId, status: next.status, notBefore: next.notBefore, extras });
    if (extras.audit) this.audits.push({ postId, audit: extras.audit });
    return true;
  }
  async completePublished(items: PublishedCompletion[]): Promise<string[]> {
    const moved = items.filter((i) => !this.lost.has(i.postId));
    this.completed.push(...moved);
    for (const i of moved) if (i.audit) this.audits.push({ postId: i.postId, audit: i.audit });
    return moved.map((i) => i.postId);
  }
  async transitionMany(): Promise<string[]> {
    return [];
  }
  async orphanedLeases(): Promise<(PublishJob & { pendingAttempts: number; ownerGone: boolean })[]> {
    return [];
  }
  async hasOrphans(): Promise<boolean> {
    return false;
  }
  async abandonPendingAttempts(): Promise<void> {
    // not used here
  }
  unconfirmed: PublishJob[] = [];
  async claimUnconfirmed(): Promise<PublishJob[]> {
    return this.unconfirmed.splice(0);
  }
  postponed: { postId: string; notBefore: Date }[] = [];
  async postponeReconciliation(postId: string, _owner: string, notBefore: Date): Promise<void> {
    this.postponed.push({ postId, notBefore });
  }
  async overdue(): Promise<PublishJob[]> {
    return [];
  }
  async loadMedia(): Promise<MediaBytes[]> {
    return [];
  }
  async markAccountNeedsReauth(accountId: string): Promise<boolean> {
    this.reauth.push(accountId);
    return true;
  }
  async queueStats(): Promise<{ due: number; oldestDueAt: Date | null }> {
    return { due: 0, oldestDueAt: null };
  }
}

class FakeX extends XGateway {
  readonly configured = true;
  /** Answers of publishSegment, in order. */
  answers: XSegmentPublishResult[] = [];
  calls = 0;
  authorizeLink(): never {
    throw new Error('unused');
  }
  exchangeCode(): never {
    throw new Error('unused');
  }
  revoke(): never {
    throw new Error('unused');
  }
  uploadMedia(): never {
    throw new Error('unused');
  }
  async publishSegment(): Promise<XSegmentPublishResult> {
    this.calls++;
    return this.answers.shift() ?? { kind: 'published', tweetId: `t${this.calls}` };
  }
  /** The account's timeline as recentTweets reads it (newest first). */
  timeline: { id: string; text: string }[] = [];
  async recentTweets(): Promise<{ kind: 'ok'; value: { tweets: { id: string; text: string }[] } }> {
    return { kind: 'ok', value: { tweets: this.timeline } };
  }
  prepared: string[][] = [];
  async prepare(accountIds: string[]): Promise<void> {
    this.prepared.push(accountIds);
  }
  deleteTweet(): never {
    throw new Error('unused');
  }
  publishThread(): never {
    throw new Error('unused');
  }
}

class FakeNotifier extends Notifier {
  sent: NotificationInput[] = [];
  async notify(n: NotificationInput): Promise<void> {
    this.sent.push(n);
  }
  async resolve(): Promise<void> {
    // Publishing resolves nothing.
  }
}

const segments = [{ text: 'Bonjour', media: [], poll: null }];
function job(over: Partial<PublishJob> = {}): PublishJob {
  return {
    id: 'p1',
    workspaceId: 'w1',
    accountId: 'a1',
    brandId: 'b1',
    xUserId: 'x1',
    handle: 'Kindy',
    authorId: 'author',
    approvalPolicy: { requiredApprovals: 1, approverRoles: ['owner', 'admin', 'manager'] },
    approvals: [{ approverId: 'manager', role: 'manager', contentHash: contentHash(segments), at: T0 }],
    status: 'publishing',
    segments,
    contentHash: contentHash(segments),
    tweetIds: [],
    scheduledAt: T0,
    publishBy: null,
    notBefore: null,
    leaseOwner: 'sched-1',
    leaseUntil: new Date(T0.getTime() + 60_000),
    statusReason: null,
    charterOverride: null,
    attempts: 0,
    unknownSince: null,
    attemptId: 'att-claim',
    ...over,
  };
}

let repo: FakeRepo;
let x: FakeX;
let notifier: FakeNotifier;
let clock: FixedClock;
let service: PublishingService;

beforeEach(() => {
  repo = new FakeRepo();
  x = new FakeX();
  notifier = new FakeNotifier();
  clock = new FixedClock();
  service = new PublishingService(
    repo,
    x,
    clock,
    new InlineUnitOfWork(),
    { schedulerId: 'sched-1', leaseMs: 60_000, callTimeoutMs: 10_000, graceMs: 900_000, reconcileDelayMs: 5_000 },
    undefined,
    notifier,
  );
});

describe('PublishingService.publish', () => {
  it('success: published in the batch with its audit event, author and approvers notified', async () => {
    expect(await service.publish(job())).toBe('published');
    expect(repo.completed).toEqual([
      expect.objectContaining({ postId: 'p1', owner: 'sched-1', tweetIds: ['t1'], attemptId: 'att-claim' }),
    ]);
    expect(repo.audits).toEqual([
      {
        postId: 'p1',
        audit: { action: 'post.published', data: { accountId: 'a1', schedulerId: 'sched-1', tweetIds: ['t1'] } },
      },
    ]);
    await service.drain();
    expect(notifier.sent).toEqual([
      expect.objectContaining({ event: 'post.published', recipientIds: ['author', 'manager'], subjectId: 'p1' }),
    ]);
  });

  it('success after the lease was lost: not audited nor notified (reconciliation confirms it)', async () => {
    repo.lost.add('p1');
    expect(await service.publish(job())).toBe('published');
    expect(repo.audits).toEqual([]);
    await service.drain();
    expect(notifier.sent).toEqual([]);
  });

  it('429: deferred to the reset time, not audited as a deferral, the account budget blocks the next call', async () => {
    const resetAt = new Date(T0.getTime() + 10 * 60_000);
    x.answers = [{ kind: 'rate_limited', detail: 'Too Many Requests', resetAt }];
    expect(await service.publish(job())).toBe('rate_limited');
    expect(repo.transitions).toEqual([
      expect.objectContaining({ postId: 'p1', status: 'scheduled', notBefore: resetAt }),
    ]);
    expect(repo.transitions[0]!.extras.attempt).toMatchObject({ id: 'att-claim', outcome: 'rate_limited' });
    expect(repo.audits).toEqual([]);
    // The next post of the same account is not sent before the reset.
    expect(await service.publish(job({ id: 'p2', attemptId: 'att-2' }))).toBe('deferred_budget');
    expect(x.calls).toBe(1);
  });

  it('transient error: retried after a backoff, audited as deferred', async () => {
    x.answers = [{ kind: 'transient', detail: 'HTTP 503' }];
    expect(await service.publish(job({ attempts: 2 }))).toBe('transient');
    const [t] = repo.transitions;
    expect(t).toMatchObject({ status: 'scheduled', notBefore: new Date(T0.getTime() + 4000) });
    expect(t!.extras.statusReason).toBe('transient_error: HTTP 503');
    expect(repo.audits[0]!.audit).toMatchObject({ action: 'post.deferred', data: { reason: 'transient_error' } });
  });

  it('auth refused: the account needs re-authorization and the post waits', async () => {
    x.answers = [{ kind: 'auth', detail: 'Unauthorized' }];
    expect(await service.publish(job())).toBe('auth');
    expect(repo.reauth).toEqual(['a1']);
    expect(repo.transitions[0]).toMatchObject({ status: 'scheduled', notBefore: new Date(T0.getTime() + 60_000) });
    expect(repo.audits[0]!.audit).toMatchObject({ action: 'post.deferred', data: { reason: 'account_needs_reauth' } });
  });

  it('4xx rejection: failed with the reason, audited and notified', async () => {
    x.answers = [{ kind: 'rejected', detail: 'You are not permitted' }];
    expect(await service.publish(job())).toBe('rejected');
    expect(repo.transitions[0]).toMatchObject({ status: 'failed' });
    expect(repo.transitions[0]!.extras.statusReason).toBe('X refused the post: You are not permitted');
    expect(repo.audits[0]!.audit).toMatchObject({ action: 'post.failed' });
    await service.drain();
    expect(notifier.sent.map((n) => n.event)).toEqual(['post.failed']);
  });

  it('unknown outcome (timeout): unconfirmed, reconciled after the delay, audited', async () => {
    x.answers = [{ kind: 'unknown', detail: 'timeout' }];
    expect(await service.publish(job())).toBe('unknown');
    expect(repo.transitions[0]).toMatchObject({
      status: 'unconfirmed',
      notBefore: new Date(T0.getTime() + 5_000),
    });
    expect(repo.audits[0]!.audit).toMatchObject({ action: 'post.unconfirmed', data: { reason: 'timeout' } });
  });

  it('duplicate refusal after an unknown outcome: unconfirmed (the earlier attempt reached X), never failed', async () => {
    x.answers = [{ kind: 'rejected', detail: 'duplicate content', duplicate: true }];
    expect(await service.publish(job({ unknownSince: T0 }))).toBe('unknown');
    expect(repo.transitions[0]).toMatchObject({ status: 'unconfirmed' });
    expect(repo.transitions[0]!.extras.statusReason).toMatch(/^duplicate_after_unknown/);
  });
});

describe('PublishingService.reconcile', () => {
  // Window closed: the post was due at T0, its publishBy is past; its last call (outcome unknown) started at `last`.
  const unconfirmed = (last: Date) =>
    job({
      status: 'unconfirmed',
      publishBy: new Date(T0.getTime() + 45_000),
      unknownSince: last,
      lastUnknownAt: last,
      leaseOwner: 'sched-1',
    });

  it('does not call a post missed while its last call may still land on X: read again after the call timeout', async () => {
    clock.at = new Date(T0.getTime() + 50_000);
    const last = new Date(T0.getTime() + 44_000); // 6 s ago, the call timeout is 10 s
    repo.unconfirmed = [unconfirmed(last)];
    await service.reconcile();
    expect(repo.transitions).toEqual([]);
    expect(repo.postponed).toEqual([{ postId: 'p1', notBefore: new Date(last.getTime() + 10_000) }]);
    // The late call landed: the next reading finds it and the post is published, not missed.
    clock.at = new Date(last.getTime() + 10_000);
    x.timeline = [{ id: 't-late', text: 'Bonjour' }];
    repo.unconfirmed = [unconfirmed(last)];
    await service.reconcile();
    expect(repo.transitions.map((t) => t.status)).toEqual(['published']);
  });

  it('calls it missed once its last call is over and it is not on X', async () => {
    clock.at = new Date(T0.getTime() + 60_000);
    repo.unconfirmed = [unconfirmed(new Date(T0.getTime() + 44_000))];
    await service.reconcile();
    expect(repo.postponed).toEqual([]);
    expect(repo.transitions).toMatchObject([
      { postId: 'p1', status: 'missed', extras: { statusReason: 'missed: not on X and its window closed' } },
    ]);
  });
});

describe('PublishingService.claim', () => {
  it('returns due posts leased to this scheduler', async () => {
    repo.due = [job({ status: 'scheduled', leaseOwner: null, leaseUntil: null })];
    const [claimed] = await service.claim(5);
    expect(claimed).toMatchObject({ id: 'p1', status: 'publishing', leaseOwner: 'sched-1' });
    expect(claimed!.leaseUntil).toEqual(new Date(T0.getTime() + 60_000));
  });

  it('reads the tokens of the next post due while the timer waits for it, not of one already due', async () => {
    repo.due = [job({ status: 'scheduled', leaseOwner: null, leaseUntil: null })];
    repo.next = { nextDueAt: new Date(T0.getTime() + 40_000), nextAccountId: 'acc-next' };
    const claimed = await service.claimNext(5);
    expect(claimed).toMatchObject({ nextDueAt: repo.next.nextDueAt, nextAccountId: 'acc-next' });
    expect(x.prepared).toEqual([['a1'], ['acc-next']]);
    repo.next = { nextDueAt: T0, nextAccountId: 'acc-due' };
    await service.claimNext(5);
    expect(x.prepared.flat()).not.toContain('acc-due');
  });

  it('a post whose current content lacks its approvals is failed at claim, not sent', async () => {
    repo.due = [job({ status: 'scheduled', leaseOwner: null, leaseUntil: null, approvals: [] })];
    expect(await service.claim(5)).toEqual([]);
    expect(repo.transitions[0]).toMatchObject({ postId: 'p1', status: 'failed' });
    expect(x.calls).toBe(0);
  });
});

describe('PublishingService.gate (posts claimed ahead of their instant)', () => {
  const jobs = () => [
    job({ id: 'p1', accountId: 'a1', brandId: 'b1' }),
    job({ id: 'p2', accountId: 'a2', brandId: 'b2' }),
    job({ id: 'p3', workspaceId: 'w2', accountId: 'a3', brandId: 'b1' }),
  ];

  it('clears the posts no hold covers and gives back those a hold covers (same workspace only)', async () => {
    repo.gateAnswer = { holds: [{ workspaceId: 'w1', scope: 'brand', targetId: 'b1' }], live: true };
    const r = await service.gate(jobs());
    expect(r.fired.map((j) => j.id)).toEqual(['p2', 'p3']);
    expect(r.held).toBe(1);
    expect(repo.released).toEqual(['p1']);
  });

  it('clears nothing and gives everything back when this scheduler no longer holds its liveness lock', async () => {
    repo.gateAnswer = { holds: [], live: false };
    const r = await service.gate(jobs());
    expect(r.fired).toEqual([]);
    expect(r.lost).toBe(3);
    expect(repo.released).toEqual(['p1', 'p2', 'p3']);
  });

  it('decides the claim of a post due later as of its instant, which it carries', async () => {
    const later = new Date(T0.getTime() + 500);
    repo.due = [job({ id: 'p9', status: 'scheduled', leaseOwner: null, leaseUntil: null, scheduledAt: later })];
    const { jobs: claimed } = await service.claimNext(10, 800);
    expect(claimed.map((j) => [j.id, j.status, j.fireAt])).toEqual([['p9', 'publishing', later]]);
  });
});
