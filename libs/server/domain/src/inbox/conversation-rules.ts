import type { ApprovalPolicy } from '../posts/approval-policy';

export const CONVERSATION_STATUSES = ['open', 'pending', 'done'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export const REPLY_APPROVALS = ['none', 'manager'] as const;
export type ReplyApproval = (typeof REPLY_APPROVALS)[number];

/** How long a reply stays publishable after it was written (an approval may come later): then it is missed. */
export const REPLY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The approval policy of a post: an account's own policy, except for replies written in the inbox, which follow the
 * account's reply policy — none (agents trusted to answer at once) or one approval by a manager (or owner, admin).
 */
export function postApprovalPolicy(
  account: { approvalPolicy: ApprovalPolicy; replyApproval?: ReplyApproval },
  kind: string,
): ApprovalPolicy {
  if (kind !== 'reply') return account.approvalPolicy;
  return replyApprovalPolicy(account.replyApproval ?? 'manager');
}

export function replyApprovalPolicy(setting: ReplyApproval): ApprovalPolicy {
  return setting === 'none'
    ? { requiredApprovals: 0, approverRoles: [] }
    : { requiredApprovals: 1, approverRoles: ['owner', 'admin', 'manager'] };
}

/** A customer wrote again: a conversation marked done or pending opens again (open stays open). */
export function statusOnInbound(status: ConversationStatus): { status: ConversationStatus; reopened: boolean } {
  return status === 'open' ? { status, reopened: false } : { status: 'open', reopened: true };
}

/**
 * The first-response deadline after a customer's message at `inboundAt`: a deadline already running is kept (the
 * customer waits since their first unanswered message); otherwise the message starts one, `targetMinutes` later.
 */
export function firstResponseDue(current: Date | null, inboundAt: Date, targetMinutes: number): Date {
  return current ?? new Date(inboundAt.getTime() + targetMinutes * 60_000);
}

/** Whether the deadline passed without an answer (at `now`, the caller's clock). */
export function isBreached(due: Date | null, now: Date): boolean {
  return due !== null && due.getTime() <= now.getTime();
}

/** A conversation's status may change to any other status by a member who writes; the same status is a no-op. */
export function isConversationStatus(v: string): v is ConversationStatus {
  return (CONVERSATION_STATUSES as readonly string[]).includes(v);
}
