import { ROLES, msg, type MessageParams, type MessageRef, type Role } from '@xp/shared';
import { sha256Hex } from './sha256';

/**
 * A text in French and English. The domain's own refusals and findings are catalogue codes with parameters
 * (`MessageRef`, rendered by `formatMessage` from `@xp/shared`); this type remains for texts people type in both
 * languages, such as a brand's own label for a banned-term list.
 */
export interface LocalizedMessage {
  fr: string;
  en: string;
}

/** How many distinct approvals an account's posts need, and which roles may give them. */
export interface ApprovalPolicy {
  requiredApprovals: 0 | 1 | 2;
  approverRoles: readonly Role[];
}

export const DEFAULT_APPROVER_ROLES: readonly Role[] = ['owner', 'admin', 'manager'];

/** The default policy of a newly connected account: one approval by an owner, admin or manager. */
export function defaultApprovalPolicy(): ApprovalPolicy {
  return { requiredApprovals: 1, approverRoles: [...DEFAULT_APPROVER_ROLES] };
}

/** Checks an approval policy coming from configuration or the API; returns the problems (empty when valid). */
export function validateApprovalPolicy(policy: ApprovalPolicy): MessageRef[] {
  const problems: MessageRef[] = [];
  if (![0, 1, 2].includes(policy.requiredApprovals)) problems.push(msg('APPROVAL_POLICY_BAD_COUNT'));
  const unknown = policy.approverRoles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length > 0) problems.push(msg('APPROVAL_POLICY_UNKNOWN_ROLES', { roles: unknown.join(', ') }));
  if (policy.requiredApprovals > 0 && policy.approverRoles.length === 0) {
    problems.push(msg('APPROVAL_POLICY_NO_APPROVER'));
  }
  return problems;
}

/** One approval, bound to the hash of the exact content it approved. */
export interface Approval {
  approverId: string;
  /** The approver's role when they approved (kept for the audit trail and checked against the policy). */
  role: Role;
  contentHash: string;
  at: Date;
}

export type ApprovalRefusalCode =
  'SELF_APPROVAL' | 'CONTRIBUTOR_APPROVAL' | 'ROLE_NOT_ALLOWED' | 'ALREADY_APPROVED' | 'STALE_CONTENT';

/** A refusal: its code is the catalogue's message code, `params` fill the message. */
export interface ApprovalRefusal {
  code: ApprovalRefusalCode;
  params: MessageParams;
}

export interface ApprovalRequest {
  approverId: string;
  approverRole: Role;
  /** The hash of the content the approver was shown. */
  contentHash: string;
}

export interface ApprovalSubject {
  authorId: string;
  /**
   * Everyone who wrote a revision of the post's content (the author, and anyone who edited it, including through a
   * media's alt text). Separation of duties: none of them may approve it. Absent means the author alone.
   */
  contributorIds?: readonly string[];
  /** The hash of the post's current content. */
  contentHash: string;
  approvals: readonly Approval[];
}

/** Whether `userId` wrote or changed the post's content (its author or the author of one of its revisions). */
export function isContributor(post: Pick<ApprovalSubject, 'authorId' | 'contributorIds'>, userId: string): boolean {
  return userId === post.authorId || (post.contributorIds ?? []).includes(userId);
}

/**
 * Why `request` may not approve `post` under `policy`, or null when it may.
 * The author never approves their own post, nor does anyone who changed its content (a manager who rewrote an
 * editor's text is one of its writers, not its reviewer); the approver must hold an allowed role; they must have seen the
 * current content; a person approves a given content once (two approvals come from two people).
 */
export function approvalRefusal(
  policy: ApprovalPolicy,
  post: ApprovalSubject,
  request: ApprovalRequest,
): ApprovalRefusal | null {
  if (request.approverId === post.authorId) return { code: 'SELF_APPROVAL', params: {} };
  if (isContributor(post, request.approverId)) return { code: 'CONTRIBUTOR_APPROVAL', params: {} };
  if (!policy.approverRoles.includes(request.approverRole)) {
    return { code: 'ROLE_NOT_ALLOWED', params: { role: request.approverRole } };
  }
  if (request.contentHash !== post.contentHash) return { code: 'STALE_CONTENT', params: {} };
  if (post.approvals.some((a) => a.approverId === request.approverId && a.contentHash === post.contentHash)) {
    return { code: 'ALREADY_APPROVED', params: {} };
  }
  return null;
}

/**
 * The approvals that count toward the policy: on the current content hash, not by the author nor any other writer
 * of the content, by a role the
 * policy (still) allows, at most one per person (the first one).
 */
export function validApprovals(policy: ApprovalPolicy, post: ApprovalSubject): Approval[] {
  const seen = new Set<string>();
  const valid: Approval[] = [];
  for (const a of post.approvals) {
    if (a.contentHash !== post.contentHash) continue;
    if (isContributor(post, a.approverId)) continue;
    if (!policy.approverRoles.includes(a.role)) continue;
    if (seen.has(a.approverId)) continue;
    seen.add(a.approverId);
    valid.push(a);
  }
  return valid;
}

export interface ApprovalStatus {
  required: number;
  valid: number;
  missing: number;
  satisfied: boolean;
  approverIds: string[];
}

/** Whether the post's current content has enough distinct, valid approvals. */
export function approvalStatus(policy: ApprovalPolicy, post: ApprovalSubject): ApprovalStatus {
  const valid = validApprovals(policy, post);
  const required = policy.requiredApprovals;
  return {
    required,
    valid: valid.length,
    missing: Math.max(0, required - valid.length),
    satisfied: valid.length >= required,
    approverIds: valid.map((a) => a.approverId),
  };
}

/** The content of one segment of a post (a thread is an ordered list of segments). */
export interface ContentSegment {
  text: string;
  /** Each media with the SHA-256 (hex) of its bytes and the alt text X receives. */
  media?: readonly { id: string; sha256?: string | null; altText?: string | null }[] | null;
  poll?: { options: readonly string[]; durationMinutes: number } | null;
}

/** The prefix of the canonical serialization: bump it when what is hashed changes. */
export const CONTENT_HASH_VERSION = 'xp-content-v2';

/**
 * A deterministic SHA-256 (hex) of everything the audience will see: each segment's text, its media in order (id,
 * SHA-256 of the bytes, alt text), and its poll; segments are in order (a thread's segments reply to each other,
 * the post model has no other reply target). Text is compared in Unicode NFC so that the same visible text typed on
 * two platforms hashes the same. Tags, kind, times and the account are not content: moving a post in time keeps
 * its approvals. The serialization is versioned so a change of format is detectable (v1 had no bytes' hash).
 */
export function contentHash(segments: readonly ContentSegment[]): string {
  const canonical = segments.map((s) => [
    s.text.normalize('NFC'),
    (s.media ?? []).map((m) => [m.id, m.sha256 ?? '', (m.altText ?? '').normalize('NFC')]),
    s.poll ? [s.poll.options.map((o) => o.normalize('NFC')), s.poll.durationMinutes] : null,
  ]);
  return sha256Hex(`${CONTENT_HASH_VERSION}\n${JSON.stringify(canonical)}`);
}
