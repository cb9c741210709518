/** What a crisis hold stops: the whole workspace, one brand, or one X account. */
export const HOLD_SCOPE_VALUES = ['workspace', 'brand', 'account'] as const;
export type HoldScopeValue = (typeof HOLD_SCOPE_VALUES)[number];

/** An active (not released) hold: its scope and the id of the workspace, brand or account it targets. */
export interface HoldCoverage {
  scope: HoldScopeValue;
  targetId: string;
}

/** Where a post goes out: its workspace, its account, and the account's brand. */
export interface HoldablePost {
  workspaceId: string;
  brandId: string;
  accountId: string;
}

/**
 * The statuses a hold actually stops: a post not yet out (a draft, in review, changes requested, scheduled: none of
 * them goes out while the hold stands). A post already published, publishing (claimed before the hold was placed: it
 * goes out), unconfirmed, cancelled, failed or missed is not stopped by a hold: it is never flagged held nor counted
 * as held. The SQL copy is `HOLD_STOPS_STATUS` (data-access holds repository), part of `HOLD_COVERS_POST`.
 */
export const HOLD_STOPPED_STATUSES = ['draft', 'in_review', 'changes_requested', 'scheduled'] as const;

/** Does a hold stop a post in this status (see `HOLD_STOPPED_STATUSES`)? */
export function holdStopsStatus(status: string): boolean {
  return (HOLD_STOPPED_STATUSES as readonly string[]).includes(status);
}

/**
 * Does an active hold of the same workspace cover a post? A workspace hold targets the workspace itself, a brand hold
 * covers every account of that brand, an account hold that account only. The SQL copy (`HOLD_COVERS_POST` in the
 * data-access hold repository, used by the scheduler's claim) is pinned to the same answers by
 * `apps/scheduler/src/hold-coverage.integration-spec.ts`.
 */
export function holdCoversPost(hold: HoldCoverage, post: HoldablePost): boolean {
  switch (hold.scope) {
    case 'workspace':
      return hold.targetId === post.workspaceId;
    case 'brand':
      return hold.targetId === post.brandId;
    case 'account':
      return hold.targetId === post.accountId;
  }
}

/**
 * Is a post held by any of these active holds (all of the post's workspace)? Only when the hold actually stops it: a
 * published, cancelled, failed or missed post (any status outside `HOLD_STOPPED_STATUSES`) is never held.
 */
export function isPostHeld(holds: readonly HoldCoverage[], post: HoldablePost & { status: string }): boolean {
  return holdStopsStatus(post.status) && holds.some((h) => holdCoversPost(h, post));
}
