import { Initial1795313462399 } from './1795313462399-initial';
import { HttpSessions1795313462400 } from './1795313462400-http-sessions';
import { Accounts1795314618438 } from './1795314618438-accounts';
import { Posts1795315134164 } from './1795315134164-posts';
import { AuditNotifications1795315329613 } from './1795315329613-audit-notifications';
import { Scheduler1795316400000 } from './1795316400000-scheduler';
import { Recruiting1795317000000 } from './1795317000000-recruiting';
import { CalendarStamp1795318000000 } from './1795318000000-calendar-stamp';
import { HoldGate1795319000000 } from './1795319000000-hold-gate';
import { ContentHashV21795320000000 } from './1795320000000-content-hash-v2';
import { AuditKeysRoles1795330000000 } from './1795330000000-audit-keys-roles';
import { PendingRegistrations1796000011000 } from './1796000011000-pending-registrations';
import { UploadLimits1796339379078 } from './1796339379078-upload-limits';
import { LiveUpdates1796400000000 } from './1796400000000-live-updates';
import { PostSearch1796410000000 } from './1796410000000-post-search';
import { JobOfferEnglish1796420000000 } from './1796420000000-job-offer-english';
import { Inbox1796430000000 } from './1796430000000-inbox';
import { InboxIndexes1796430500000 } from './1796430500000-inbox-indexes';
import { InboxSearch1796431000000 } from './1796431000000-inbox-search';
import { Listening1796440000000 } from './1796440000000-listening';
import { ListeningInbox1796445000000 } from './1796445000000-listening-inbox';
import { Analytics1796450000000 } from './1796450000000-analytics';
import { BestHoursIndex1796452000000 } from './1796452000000-best-hours-index';
import { AnalyticsApprovalPath1796453700000 } from './1796453700000-analytics-approval-path';
import { AnalyticsSetBased1796460000000 } from './1796460000000-analytics-set-based';
import { SchedulerHotPath1796470000000 } from './1796470000000-scheduler-hot-path';

/** Every migration, in order. `npm run migration:generate -- <Name>` writes new ones; add them here. */
export const MIGRATIONS = [
  Initial1795313462399,
  HttpSessions1795313462400,
  Accounts1795314618438,
  Posts1795315134164,
  AuditNotifications1795315329613,
  Scheduler1795316400000,
  Recruiting1795317000000,
  CalendarStamp1795318000000,
  HoldGate1795319000000,
  ContentHashV21795320000000,
  AuditKeysRoles1795330000000,
  PendingRegistrations1796000011000,
  UploadLimits1796339379078,
  LiveUpdates1796400000000,
  PostSearch1796410000000,
  JobOfferEnglish1796420000000,
  Inbox1796430000000,
  InboxIndexes1796430500000,
  InboxSearch1796431000000,
  Listening1796440000000,
  ListeningInbox1796445000000,
  Analytics1796450000000,
  BestHoursIndex1796452000000,
  AnalyticsApprovalPath1796453700000,
  AnalyticsSetBased1796460000000,
  SchedulerHotPath1796470000000,
];
