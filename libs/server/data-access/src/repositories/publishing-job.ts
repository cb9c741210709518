import type { ApprovalPolicySetting, PostSegment, PublishJob } from '@xp/server/application';
import type { Approval, PostStatus } from '@xp/server/domain';
import { POST_APPROVAL_POLICY } from './inbox.repository';

/** A job as the claim and the recovery read it: a post joined with its account, approvals and attempts. */
export interface JobRow {
  id: string;
  workspace_id: string;
  account_id: string;
  brand_id: string;
  x_user_id: string;
  handle: string;
  author_id: string;
  contributor_ids: string[];
  approval_policy: ApprovalPolicySetting;
  in_reply_to_tweet_id: string | null;
  approvals: { approverId: string; role: Approval['role']; contentHash: string; at: string }[];
  status: PostStatus;
  segments: PostSegment[];
  content_hash: string;
  tweet_ids: string[];
  scheduled_at: Date;
  publish_by: Date | null;
  not_before: Date | null;
  lease_owner: string | null;
  lease_until: Date | null;
  status_reason: string | null;
  charter_override: { contentHash: string; actorId: string; reason: string; at: string } | null;
  attempts: number;
  unknown_since: Date | null;
  last_unknown_at: Date | null;
  pending_attempts?: number;
  attempt_id?: string | null;
}

/** The columns of a job (posts p joined with accounts a). */
export const JOB_COLUMNS = `p.id, p.workspace_id, p.account_id, a.brand_id, a.x_user_id, a.handle, p.author_id, ${POST_APPROVAL_POLICY},
  p.status, p.segments, p.content_hash, p.tweet_ids, p.scheduled_at, p.publish_by, p.not_before, p.lease_owner, p.lease_until,
  p.status_reason, p.charter_override, p.in_reply_to_tweet_id,
  (SELECT coalesce(json_agg(json_build_object('approverId', ap.approver_id, 'role', ap.role, 'contentHash', ap.content_hash, 'at', ap.created_at)), '[]'::json)
     FROM approvals ap WHERE ap.post_id = p.id AND ap.valid) AS approvals,
  (SELECT count(*)::int FROM publish_attempts pa WHERE pa.post_id = p.id) AS attempts,
  (SELECT coalesce(array_agg(DISTINCT r.author_id::text), '{}') FROM post_revisions r WHERE r.post_id = p.id) AS contributor_ids,
  (SELECT min(pa.started_at) FROM publish_attempts pa WHERE pa.post_id = p.id AND pa.outcome = 'unknown') AS unknown_since,
  (SELECT max(pa.started_at) FROM publish_attempts pa WHERE pa.post_id = p.id AND pa.outcome = 'unknown') AS last_unknown_at`;

export function job(r: JobRow): PublishJob {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    accountId: r.account_id,
    brandId: r.brand_id,
    xUserId: r.x_user_id,
    handle: r.handle,
    authorId: r.author_id,
    contributorIds: r.contributor_ids,
    approvalPolicy: r.approval_policy,
    inReplyToTweetId: r.in_reply_to_tweet_id,
    approvals: r.approvals.map((x) => ({
      approverId: x.approverId,
      role: x.role,
      contentHash: x.contentHash,
      at: new Date(x.at),
    })),
    status: r.status,
    segments: r.segments,
    contentHash: r.content_hash,
    tweetIds: r.tweet_ids,
    scheduledAt: r.scheduled_at,
    publishBy: r.publish_by,
    notBefore: r.not_before,
    leaseOwner: r.lease_owner,
    leaseUntil: r.lease_until,
    statusReason: r.status_reason,
    charterOverride: r.charter_override ? { ...r.charter_override, at: new Date(r.charter_override.at) } : null,
    attempts: r.attempts,
    unknownSince: r.unknown_since,
    lastUnknownAt: r.last_unknown_at,
  };
}
