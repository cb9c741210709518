import type {
  CalendarFeedRecord,
  CloseResult,
  ImportJobRecord,
  JobOfferRecord,
  LiveSessionRecord,
  LiveStatus,
  RecurrenceRecord,
} from '@xp/server/application';
import type {
  CalendarFeedDto,
  CloseJobOfferResponse,
  ImportJobDto,
  JobOfferDto,
  LiveSessionDto,
  LiveStatusDto,
  PostStatusValue,
  RecurrenceDto,
} from '@xp/shared';
import { iso, isoOrNull } from './mappers';

// Application records of job offers, imports, the queue, recurrences, live sessions and iCal feeds -> the shared
// wire types (explicit: no workspace id, no token hash, dates as ISO strings).

export const toJobOffer = (o: JobOfferRecord): JobOfferDto => ({
  id: o.id,
  accountId: o.accountId,
  title: o.title,
  location: o.location,
  contractType: o.contractType,
  url: o.url,
  closesAt: isoOrNull(o.closesAt),
  hashtags: o.hashtags,
  titleEn: o.titleEn,
  hashtagsEn: o.hashtagsEn,
  status: o.status,
  createdBy: o.createdBy,
  closedAt: isoOrNull(o.closedAt),
  version: o.version,
  createdAt: iso(o.createdAt),
  updatedAt: iso(o.updatedAt),
});

export const toCloseResult = (r: CloseResult): CloseJobOfferResponse => ({
  offer: toJobOffer(r.offer),
  cancelledPostIds: r.cancelledPostIds,
  deletedTweetIds: r.deletedTweetIds,
  failures: r.failures,
});

/** A post seen from a recruiting list (queue, offer, live inbox): its id, status and time. */
export const toPostRef = <P extends { id: string; scheduledAt: Date | null }>(
  p: P,
): Omit<P, 'scheduledAt'> & { scheduledAt: string | null } => ({ ...p, scheduledAt: isoOrNull(p.scheduledAt) });

export const toImportJob = (j: ImportJobRecord): ImportJobDto => ({
  id: j.id,
  status: j.status,
  fileName: j.fileName,
  mode: j.mode,
  targetStatus: j.targetStatus,
  total: j.total,
  validRows: j.validRows,
  processed: j.processed,
  imported: j.imported,
  failed: j.failed,
  rows: j.rows.map((r) => ({
    row: r.row,
    accountId: r.accountId,
    account: r.account,
    scheduledAt: r.scheduledAt,
    local: r.local,
    text: r.text,
    tags: r.tags,
    kind: r.kind,
    weightedLength: r.weightedLength,
    findings: r.findings,
    errors: r.errors,
    ...(r.postId !== undefined ? { postId: r.postId } : {}),
    ...(r.outcome !== undefined ? { outcome: r.outcome } : {}),
  })),
  error: j.error,
  createdAt: iso(j.createdAt),
  finishedAt: isoOrNull(j.finishedAt),
});

export const toRecurrence = (r: RecurrenceRecord): RecurrenceDto => ({
  id: r.id,
  accountId: r.accountId,
  createdBy: r.createdBy,
  startDate: r.startDate,
  endDate: r.endDate,
  time: r.time,
  every: r.every,
  unit: r.unit,
  variants: r.variants,
  tags: r.tags,
  lastVariant: r.lastVariant,
  lastOccurrence: r.lastOccurrence,
  active: r.active,
  version: r.version,
  createdAt: iso(r.createdAt),
});

export const toLiveSession = (s: LiveSessionRecord): LiveSessionDto => ({
  id: s.id,
  accountId: s.accountId,
  title: s.title,
  startsAt: iso(s.startsAt),
  endsAt: iso(s.endsAt),
  maxLatenessSeconds: s.maxLatenessSeconds,
  budget: s.budget,
  createdBy: s.createdBy,
  createdAt: iso(s.createdAt),
  endedAt: isoOrNull(s.endedAt),
});

export const toLiveStatus = (l: LiveStatus): LiveStatusDto => ({
  session: toLiveSession(l.session),
  budget: l.budget,
  counts: l.counts as Partial<Record<PostStatusValue, number>>,
  warning: l.warning
    ? {
        code: l.warning.code,
        tier: l.warning.tier,
        windowStart: iso(l.warning.windowStart),
        windowEnd: iso(l.warning.windowEnd),
        count: l.warning.count,
        limit: l.warning.limit,
        message: l.warning.message,
      }
    : null,
});

export const toCalendarFeed = (f: CalendarFeedRecord): CalendarFeedDto => ({
  id: f.id,
  scope: f.scope,
  targetId: f.targetId,
  createdBy: f.createdBy,
  createdAt: iso(f.createdAt),
  revokedAt: isoOrNull(f.revokedAt),
});
