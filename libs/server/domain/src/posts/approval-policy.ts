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

export type ApprovalRefusalCode = 'SELF_APPROVAL' | 'ROLE_NOT_ALLOWED' | 'ALREADY_APPROVED' | 'STALE_CONTENT';

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
  /** The hash of the post's current content. */
  contentHash: string;
  approvals: readonly Approval[];
}

/**
 * Why `request` may not approve `post` under `policy`, or null when it may.
 * The author never approves their own post; the approver must hold an allowed role; they must have seen the
 * current content; a person approves a given content once (two approvals come from two people).
 */
export function approvalRefusal(
  policy: ApprovalPolicy,
  post: ApprovalSubject,
  request: ApprovalRequest,
): ApprovalRefusal | null {
  if (request.approverId === post.authorId) return { code: 'SELF_APPROVAL', params: {} };
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
 * The approvals that count toward the policy: on the current content hash, not by the author, by a role the
 * policy (still) allows, at most one per person (the first one).
 */
export function validApprovals(policy: ApprovalPolicy, post: ApprovalSubject): Approval[] {
  const seen = new Set<string>();
  const valid: Approval[] = [];
  for (const a of post.approvals) {
    if (a.contentHash !== post.contentHash) continue;
    if (a.approverId === post.authorId) continue;
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
  media?: readonly { id: string; altText?: string | null }[] | null;
  poll?: { options: readonly string[]; durationMinutes: number } | null;
}

/**
 * A deterministic SHA-256 (hex) of what the audience will see: each segment's text, its media ids in order
 * with their alt text, and its poll. Text is compared in Unicode NFC so that the same visible text typed on
 * two platforms hashes the same. Tags, kind, times and the account are not content: moving a post in time
 * keeps its approvals. The serialization is versioned ("v1") so a future change of format is detectable.
 */
export function contentHash(segments: readonly ContentSegment[]): string {
  const canonical = segments.map((s) => [
    s.text.normalize('NFC'),
    (s.media ?? []).map((m) => [m.id, (m.altText ?? '').normalize('NFC')]),
    s.poll ? [s.poll.options.map((o) => o.normalize('NFC')), s.poll.durationMinutes] : null,
  ]);
  return sha256Hex(`xp-content-v1\n${JSON.stringify(canonical)}`);
}
