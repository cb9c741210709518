export * from './ports';
export * from './identity';
export * from './accounts';
export * from './audit';
export * from './publishing';
export * from './holds';
export * from './posts';
export * from './recruiting';
export * from './inbox';

import type { Provider } from '@nestjs/common';
import { AccountService } from './accounts';
import { ImportLimits, MediaQuota, PublicUrls, RegistrationPolicy } from './ports';
import { HoldService } from './holds';
import {
  ConversationService,
  InboxIngestService,
  InboxReplyService,
  SavedReplyService,
  XWebhookService,
} from './inbox';
import { AuditCheckpointService, AuditService, LiveUpdatesService, NotificationService, WebhookService } from './audit';
import { CharterService, MediaService, MyWorkService, PostGroupService, PostService } from './posts';
import {
  BulkImportService,
  CalendarFeedService,
  JobOfferService,
  LiveEventService,
  QueueService,
  RecruitingAccess,
  RecurrenceService,
} from './recruiting';
import {
  AccessService,
  AccessTokenService,
  AuthService,
  BrandService,
  InvitationService,
  MemberService,
  OutboxService,
  RegistrationService,
  WorkspaceService,
} from './identity';

/** Application services, for a Nest module's `providers` (the ports come from data-access and the app). */
export const APPLICATION_SERVICES = [
  AccessService,
  AccessTokenService,
  AccountService,
  HoldService,
  AuditService,
  AuditCheckpointService,
  NotificationService,
  LiveUpdatesService,
  WebhookService,
  AuthService,
  BrandService,
  CharterService,
  MediaService,
  PostService,
  PostGroupService,
  MyWorkService,
  InvitationService,
  MemberService,
  OutboxService,
  RegistrationService,
  WorkspaceService,
  RecruitingAccess,
  JobOfferService,
  QueueService,
  RecurrenceService,
  LiveEventService,
  BulkImportService,
  CalendarFeedService,
  ConversationService,
  InboxIngestService,
  InboxReplyService,
  SavedReplyService,
  XWebhookService,
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
}): Provider[] {
  return [
    { provide: PublicUrls, useValue: { base: s.publicUrl } satisfies PublicUrls },
    { provide: MediaQuota, useValue: { bytes: s.mediaQuotaBytes } satisfies MediaQuota },
    { provide: ImportLimits, useValue: { ...s.imports } satisfies ImportLimits },
    { provide: RegistrationPolicy, useValue: { verifyEmail: s.registrationVerifyEmail } satisfies RegistrationPolicy },
  ];
}
