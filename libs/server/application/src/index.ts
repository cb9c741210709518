export * from './ports';
export * from './identity';
export * from './accounts';
export * from './audit';
export * from './publishing';
export * from './holds';
export * from './posts';
export * from './recruiting';
export * from './inbox';
export * from './listening';
export * from './analytics';

import type { Provider } from '@nestjs/common';
import * as accounts from './accounts';
import * as analytics from './analytics';
import * as audit from './audit';
import * as holds from './holds';
import * as identity from './identity';
import * as inbox from './inbox';
import * as listening from './listening';
import * as posts from './posts';
import * as recruiting from './recruiting';
import { ImportLimits, MediaQuota, PublicUrls, RegistrationPolicy } from './ports';

/** Application services, for a Nest module's `providers` (the ports come from data-access and the app). */
export const APPLICATION_SERVICES = [
  identity.AccessService,
  identity.AccessTokenService,
  accounts.AccountService,
  holds.HoldService,
  audit.AuditService,
  audit.AuditCheckpointService,
  audit.NotificationService,
  audit.LiveUpdatesService,
  audit.WebhookService,
  identity.AuthService,
  identity.BrandService,
  posts.CharterService,
  posts.MediaService,
  posts.PostService,
  posts.PostGroupService,
  posts.MyWorkService,
  identity.InvitationService,
  identity.MemberService,
  identity.OutboxService,
  identity.RegistrationService,
  identity.WorkspaceService,
  recruiting.RecruitingAccess,
  recruiting.JobOfferService,
  recruiting.QueueService,
  recruiting.RecurrenceService,
  recruiting.LiveEventService,
  recruiting.LiveReportService,
  recruiting.BulkImportService,
  recruiting.CalendarFeedService,
  inbox.ConversationService,
  inbox.InboxIngestService,
  inbox.InboxReplyService,
  inbox.SavedReplyService,
  inbox.XWebhookService,
  listening.MonitorService,
  listening.ListeningInbox,
  analytics.AnalyticsService,
  analytics.PromoOffersReportService,
  analytics.BestHoursService,
];

/**
 * The settings the application services read, as Nest providers, from the one configuration: the API and the demo
 * seed (`npm start`) provide exactly the same ones.
 */
export function applicationSettings(s: {
  publicUrl: string;
  mediaQuotaBytes: number;
  imports: { dryRunLimit: number; dryRunWorkspaceLimit: number; windowSeconds: number; reportTtlHours: number };
  registrationVerifyEmail: boolean;
  listening: { pollMs: number; monthlyCapUsd: number };
  analytics: { pollMs: number; monthlyBudgetUsd: number };
}): Provider[] {
  return [
    { provide: analytics.AnalyticsSettings, useValue: { ...s.analytics } satisfies analytics.AnalyticsSettings },
    { provide: listening.ListeningSettings, useValue: { ...s.listening } satisfies listening.ListeningSettings },
    { provide: PublicUrls, useValue: { base: s.publicUrl } satisfies PublicUrls },
    { provide: MediaQuota, useValue: { bytes: s.mediaQuotaBytes } satisfies MediaQuota },
    { provide: ImportLimits, useValue: { ...s.imports } satisfies ImportLimits },
    { provide: RegistrationPolicy, useValue: { verifyEmail: s.registrationVerifyEmail } satisfies RegistrationPolicy },
  ];
}
