import { Injectable, Logger, Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@xp/server/config';
import {
  AccessTokenRepository,
  AccountRepository,
  AuditCheckpointSink,
  AuditLog,
  AuditSettings,
  HoldRepository,
  PublishingRepository,
  AuditRepository,
  CharterRepository,
  MediaRepository,
  PostRepository,
  PostSearchRepository,
  RecruitingRepository,
  ConversationRepository,
  SavedReplyRepository,
  MonitorRepository,
  AnalyticsRepository,
  PromoOffersReportRepository,
  BestHoursRepository,
  LiveReportRepository,
  OAuthStateRepository,
  BrandRepository,
  Clock,
  HostResolver,
  InvitationRepository,
  LiveSignals,
  Mailer,
  MembershipRepository,
  Notifier,
  NotificationRepository,
  WebhookRepository,
  WebhookPolicy,
  type AuditKeyring,
  type WebhookTargetPolicy,
  OutboxRepository,
  PasswordHasher,
  PendingRegistrationRepository,
  SessionRevoker,
  UnitOfWork,
  UserRepository,
  WorkspaceRepository,
} from '@xp/server/application';
import { DEFAULT_POOL_SIZE, dataSourceOptions, type DataSourceSettings } from './data-source';
import {
  PgSessionRevoker,
  TypeormAccessTokenRepository,
  TypeormBrandRepository,
  TypeormInvitationRepository,
  TypeormMembershipRepository,
  TypeormOutboxRepository,
  TypeormPendingRegistrationRepository,
  TypeormUserRepository,
  TypeormWorkspaceRepository,
} from './repositories/identity.repositories';
import { Argon2PasswordHasher, OutboxMailer, SystemClock, type MailerSettings } from './repositories/infrastructure';
import { TransactionHost } from './repositories/transaction-host';
import { TypeormAccountRepository, TypeormOAuthStateRepository } from './repositories/account.repositories';
import { TokenCipher, type EncryptionKey } from './repositories/token-cipher';
import { TypeormPublishingRepository } from './repositories/publishing.repository';
import { TypeormHoldRepository } from './repositories/holds.repository';
import { FileCheckpointSink, PgAuditLog, TypeormAuditRepository } from './repositories/audit.repository';
import { privilegedRoleProblem, runtimeRolePrivileges } from './app-role';
import { PgNotifier, TypeormNotificationRepository, TypeormWebhookRepository } from './repositories/notifier';
import { PgLiveSignals } from './repositories/live-signals';
import { TypeormMediaRepository } from './repositories/media.repository';
import { TypeormCharterRepository, TypeormPostRepository } from './repositories/post.repositories';
import { TypeormPostSearchRepository } from './repositories/post-search.repository';
import { TypeormRecruitingRepository } from './repositories/recruiting.repositories';
import { DnsHostResolver } from './repositories/dns-host-resolver';
import { TypeormConversationRepository, TypeormSavedReplyRepository } from './repositories/inbox.repository';
import { TypeormMonitorRepository } from './repositories/listening.repository';
import { TypeormAnalyticsRepository } from './repositories/analytics.repository';
import { TypeormPromoOffersReportRepository } from './repositories/promo-offers-report.repository';
import { TypeormBestHoursRepository } from './repositories/best-hours.repository';
import { TypeormLiveReportRepository } from './repositories/live-report.repository';

export interface DataAccessOptions extends DataSourceSettings {
  mailer: MailerSettings;
  /** AES-256-GCM keys for secrets at rest; the first encrypts. */
  encryptionKeys: EncryptionKey[];
  /** The audit chain: HMAC keys (the first seals) and the checkpoint file. */
  audit: { keys: AuditKeyring; checkpointFile?: string };
  /**
   * Refuse to start when the connection's role is a superuser or owns tables (production); otherwise say so in the
   * log. Such a role could disable the audit trail's triggers.
   */
  requireUnprivilegedRole?: boolean;
  /** Tests inject a controllable clock. */
  clock?: Clock;
  /** Where webhooks may be delivered (WEBHOOK_ALLOW_LOOPBACK; https only in production). Unset: public https only. */
  webhooks?: WebhookTargetPolicy;
}

/** The options an application (API, scheduler) derives from its configuration; `clock` and pool tuning are its own. */
export function dataAccessOptions(config: AppConfig, applicationName: string): DataAccessOptions {
  return {
    url: config.databaseUrl,
    poolSize: config.databasePoolSize,
    applicationName,
    mailer: { smtpUrl: config.smtpUrl, from: config.mailFrom },
    encryptionKeys: config.encryptionKeys,
    audit: config.audit,
    requireUnprivilegedRole: config.nodeEnv === 'production',
    webhooks: config.webhooks,
  };
}

/** Refuses to start when stored X tokens cannot be decrypted with the configured keys (wrong or missing key). */
@Injectable()
export class KeyringCheck implements OnApplicationBootstrap {
  constructor(private readonly accounts: AccountRepository) {}
  async onApplicationBootstrap(): Promise<void> {
    await (this.accounts as TypeormAccountRepository).verifyKeys();
  }
}

/** The runtime role must own no table and be no superuser (docs/security.md, "Database roles"). */
export class RuntimeRoleCheck implements OnApplicationBootstrap {
  constructor(
    private readonly ds: DataSource,
    private readonly strict: boolean,
  ) {}
  async onApplicationBootstrap(): Promise<void> {
    const problem = privilegedRoleProblem(await runtimeRolePrivileges((sql) => this.ds.query(sql)));
    if (!problem) return;
    if (this.strict) throw new Error(problem);
    new Logger('Database').warn(problem);
  }
}

/** With `keepPoolOpen`: opens every connection of the pool at start (they are then kept open). */
export class PoolOpener implements OnApplicationBootstrap {
  constructor(
    private readonly ds: DataSource,
    private readonly size: number,
  ) {}
  async onApplicationBootstrap(): Promise<void> {
    await Promise.all(Array.from({ length: this.size }, () => this.ds.query('SELECT 1')));
  }
}

/** Binds the application's ports to PostgreSQL (TypeORM), argon2id and the mail outbox. */
@Module({})
export class DataAccessModule {
  static forRoot(options: DataAccessOptions): DynamicModule {
    const repositories = [
      { provide: UserRepository, useClass: TypeormUserRepository },
      { provide: WorkspaceRepository, useClass: TypeormWorkspaceRepository },
      { provide: MembershipRepository, useClass: TypeormMembershipRepository },
      { provide: InvitationRepository, useClass: TypeormInvitationRepository },
      { provide: BrandRepository, useClass: TypeormBrandRepository },
      { provide: AccessTokenRepository, useClass: TypeormAccessTokenRepository },
      { provide: OutboxRepository, useClass: TypeormOutboxRepository },
      { provide: PendingRegistrationRepository, useClass: TypeormPendingRegistrationRepository },
      { provide: SessionRevoker, useClass: PgSessionRevoker },
      { provide: AccountRepository, useClass: TypeormAccountRepository },
      { provide: OAuthStateRepository, useClass: TypeormOAuthStateRepository },
      { provide: PublishingRepository, useClass: TypeormPublishingRepository },
      { provide: HoldRepository, useClass: TypeormHoldRepository },
      { provide: AuditLog, useClass: PgAuditLog },
      { provide: Notifier, useClass: PgNotifier },
      { provide: AuditRepository, useClass: TypeormAuditRepository },
      { provide: NotificationRepository, useClass: TypeormNotificationRepository },
      { provide: WebhookRepository, useClass: TypeormWebhookRepository },
      { provide: PostRepository, useClass: TypeormPostRepository },
      { provide: PostSearchRepository, useClass: TypeormPostSearchRepository },
      { provide: CharterRepository, useClass: TypeormCharterRepository },
      { provide: MediaRepository, useClass: TypeormMediaRepository },
      { provide: RecruitingRepository, useClass: TypeormRecruitingRepository },
      { provide: ConversationRepository, useClass: TypeormConversationRepository },
      { provide: SavedReplyRepository, useClass: TypeormSavedReplyRepository },
      { provide: MonitorRepository, useClass: TypeormMonitorRepository },
      { provide: AnalyticsRepository, useClass: TypeormAnalyticsRepository },
      { provide: PromoOffersReportRepository, useClass: TypeormPromoOffersReportRepository },
      { provide: BestHoursRepository, useClass: TypeormBestHoursRepository },
      { provide: LiveReportRepository, useClass: TypeormLiveReportRepository },
    ];
    const infra = [
      TransactionHost,
      KeyringCheck,
      {
        provide: RuntimeRoleCheck,
        useFactory: (ds: DataSource) => new RuntimeRoleCheck(ds, options.requireUnprivilegedRole ?? false),
        inject: [DataSource],
      },
      { provide: AuditSettings, useValue: { keys: options.audit.keys, checkpointFile: options.audit.checkpointFile } },
      { provide: AuditCheckpointSink, useClass: FileCheckpointSink },
      ...(options.keepPoolOpen
        ? [
            {
              provide: PoolOpener,
              useFactory: (ds: DataSource) => new PoolOpener(ds, options.poolSize ?? DEFAULT_POOL_SIZE),
              inject: [DataSource],
            },
          ]
        : []),
      { provide: TokenCipher, useValue: new TokenCipher(options.encryptionKeys) },
      { provide: LiveSignals, useFactory: () => new PgLiveSignals(options.url) },
      { provide: UnitOfWork, useExisting: TransactionHost },
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
      { provide: PasswordHasher, useClass: Argon2PasswordHasher },
      { provide: HostResolver, useClass: DnsHostResolver },
      { provide: WebhookPolicy, useValue: options.webhooks ?? { allowLoopback: false, httpsOnly: true } },
      {
        provide: Mailer,
        useFactory: (outbox: OutboxRepository, clock: Clock, tx: TransactionHost) =>
          new OutboxMailer(outbox, clock, options.mailer, tx),
        inject: [OutboxRepository, Clock, TransactionHost],
      },
    ];
    return {
      module: DataAccessModule,
      global: true,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(options), retryAttempts: 3, retryDelay: 1000 })],
      providers: [...repositories, ...infra],
      exports: [
        ...repositories.map((r) => r.provide),
        TransactionHost,
        TokenCipher,
        AuditSettings,
        AuditCheckpointSink,
        UnitOfWork,
        Clock,
        PasswordHasher,
        HostResolver,
        WebhookPolicy,
        Mailer,
        LiveSignals,
      ],
    };
  }
}
