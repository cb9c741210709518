import type { PageRequest, PageResult } from '../ports';
import type { AuditChainBreak, AuditChainRow, AuditCheckpoint, AuditKeyring } from './audit-chain';
import type { NotificationEvent } from './audit.ports';
import type { NotificationPreference } from './notification-preferences';

/** One event of the trail: its fields and its links in the workspace's hash chain. */
export type AuditEventRecord = AuditChainRow;

export interface AuditFilter {
  from?: Date;
  to?: Date;
  action?: string;
  actorId?: string;
  subjectType?: string;
  subjectId?: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  broken: AuditChainBreak | null;
}

/** The audit chain's keys (AUDIT_HMAC_KEYS: configuration only, never the database) and checkpoint file. */
export abstract class AuditSettings {
  abstract readonly keys: AuditKeyring;
  /** Where signed checkpoints are appended (JSON lines); unset: the database only. */
  abstract readonly checkpointFile?: string;
}

/** The head of one workspace's chain. */
export interface AuditHead {
  workspaceId: string;
  lastId: string;
  headHash: string;
}

/** Reading the audit trail (writing goes through the AuditLog port). */
export abstract class AuditRepository {
  /** Newest first; the cursor continues below the last id. */
  abstract list(workspaceId: string, filter: AuditFilter, page: PageRequest): Promise<PageResult<AuditEventRecord>>;
  /**
   * Recomputes the chain of one workspace (or all) with the keys, checks it against the signed checkpoints (those
   * stored in the database and `checkpoints`), and reports the first broken link.
   */
  abstract verify(workspaceId?: string, checkpoints?: AuditCheckpoint[]): Promise<AuditVerifyResult>;
  /** The chains whose head moved since their last checkpoint. */
  abstract headsToCheckpoint(): Promise<AuditHead[]>;
  abstract insertCheckpoints(checkpoints: AuditCheckpoint[]): Promise<void>;
  /** A workspace's checkpoints, newest first. */
  abstract listCheckpoints(workspaceId: string, page: PageRequest): Promise<PageResult<AuditCheckpoint>>;
}

/** Keeps signed checkpoints outside the database (an append-only JSON-lines file). */
export abstract class AuditCheckpointSink {
  abstract append(checkpoints: AuditCheckpoint[]): Promise<void>;
}

export interface LocalizedText {
  fr: string;
  en: string;
}

export interface NotificationRecord {
  id: string;
  workspaceId: string;
  userId: string;
  event: string;
  subjectType: string;
  subjectId: string;
  title: LocalizedText;
  body: LocalizedText | null;
  data: Record<string, unknown>;
  readAt: Date | null;
  createdAt: Date;
}

export abstract class NotificationRepository {
  /** A member's notifications, newest first. */
  abstract list(
    workspaceId: string,
    userId: string,
    page: PageRequest,
    unreadOnly: boolean,
  ): Promise<PageResult<NotificationRecord>>;
  abstract countUnread(workspaceId: string, userId: string): Promise<number>;
  /** One of the member's notifications (null when it is not theirs). */
  abstract find(workspaceId: string, userId: string, id: string): Promise<NotificationRecord | null>;
  /** False when it is not this member's notification. */
  abstract markRead(workspaceId: string, userId: string, id: string, at: Date): Promise<boolean>;
  abstract markAllRead(workspaceId: string, userId: string, at: Date): Promise<number>;
  abstract listPreferences(workspaceId: string, userId: string): Promise<NotificationPreference[]>;
  abstract savePreferences(
    workspaceId: string,
    userId: string,
    prefs: NotificationPreference[],
    at: Date,
  ): Promise<void>;
}

export interface WebhookRecord {
  id: string;
  workspaceId: string;
  url: string;
  events: NotificationEvent[];
  createdBy: string | null;
  createdAt: Date;
}

export interface WebhookDeliveryRecord {
  id: string;
  webhookId: string;
  event: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export abstract class WebhookRepository {
  abstract list(workspaceId: string, page: PageRequest): Promise<PageResult<WebhookRecord>>;
  abstract find(workspaceId: string, id: string): Promise<WebhookRecord | null>;
  /** Stores the secret encrypted. */
  abstract insert(w: WebhookRecord, secret: string): Promise<WebhookRecord>;
  abstract delete(workspaceId: string, id: string): Promise<boolean>;
  /** Queues a `webhook.test` delivery to this webhook (sent by the delivery worker like any other). */
  abstract enqueueTest(webhook: WebhookRecord, at: Date): Promise<WebhookDeliveryRecord>;
  /** Newest first. */
  abstract deliveries(
    workspaceId: string,
    webhookId: string,
    page: PageRequest,
  ): Promise<PageResult<WebhookDeliveryRecord>>;
}
