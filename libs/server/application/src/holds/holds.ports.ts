/** Ports of crisis holds (implemented by data-access). */
import { HOLD_SCOPE_VALUES, type HoldScopeValue } from '@xp/shared';

export const HOLD_SCOPES = HOLD_SCOPE_VALUES;
export type HoldScope = HoldScopeValue;
export const HOLD_RELEASE_MODES = ['resume', 'review'] as const;
export type HoldReleaseMode = (typeof HOLD_RELEASE_MODES)[number];

export interface HoldRecord {
  id: string;
  workspaceId: string;
  scope: HoldScope;
  targetId: string;
  reason: string;
  placedBy: string;
  placedAt: Date;
  releasedAt: Date | null;
  releasedBy: string | null;
  releaseMode: HoldReleaseMode | null;
  /** Scheduled posts this hold covers right now (computed when listing). */
  heldPosts?: number;
}

/** A scheduled post covered by a hold, as the lifecycle needs it to send it back to review. */
export interface HeldPost {
  id: string;
  authorId: string;
  contentHash: string;
  scheduledAt: Date | null;
  publishBy: Date | null;
  notBefore: Date | null;
}

export abstract class HoldRepository {
  abstract insert(
    h: Omit<HoldRecord, 'id' | 'releasedAt' | 'releasedBy' | 'releaseMode' | 'heldPosts'>,
  ): Promise<HoldRecord>;
  abstract list(workspaceId: string, opts: { active?: boolean }): Promise<HoldRecord[]>;
  /** The workspace's active holds, without counts (what flagging posts as held needs). */
  abstract active(workspaceId: string): Promise<HoldRecord[]>;
  abstract find(workspaceId: string, id: string): Promise<HoldRecord | null>;
  /** Releases an active hold (single winner under races); null when it was not active. */
  abstract release(
    workspaceId: string,
    id: string,
    by: string,
    mode: HoldReleaseMode,
    at: Date,
  ): Promise<HoldRecord | null>;
  /** Scheduled posts the hold covers, locked for this transaction. */
  abstract lockCoveredScheduledPosts(hold: HoldRecord): Promise<HeldPost[]>;
  /** Saves `send_back_to_review` for these posts (still scheduled): in_review, approvals invalidated. Returns the ids moved. */
  abstract sendBackToReview(workspaceId: string, ids: string[], reason: string, at: Date): Promise<string[]>;
}
