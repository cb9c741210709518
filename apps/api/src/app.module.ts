import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ScheduleModule } from '@nestjs/schedule';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { APPLICATION_SERVICES, applicationSettings, Clock, InboxSettings } from '@xp/server/application';
import type { AppConfig } from '@xp/server/config';
import { DataAccessModule, dataAccessOptions } from '@xp/server/data-access';
import { configuredClock, XApiModule, xApiSettings } from '@xp/server/x-api';
import { AuthenticatedGuard } from './auth/auth.guard';
import { BearerStrategy } from './auth/bearer.strategy';
import { CsrfHolder } from './auth/csrf-holder';
import { WorkspaceMemberGuard } from './auth/workspace-member.guard';
import { TenantResourceGuard } from './auth/tenant-resource.guard';
import { AccountsController, OAuthController } from './controllers/accounts.controller';
import { AuthController } from './controllers/auth.controller';
import { AuditController } from './controllers/audit.controller';
import { NotificationsController, WebhooksController } from './controllers/notifications.controller';
import { LiveEventsController } from './controllers/live.controller';
import {
  CharterController,
  MediaController,
  PostGroupsController,
  PostsController,
} from './controllers/posts.controller';
import { HealthController, MetricsController } from './controllers/ops.controller';
import { BulkPostsController, PostSearchController } from './controllers/my-work.controller';
import { HoldsController } from './controllers/holds.controller';
import { ConversationsController, SavedRepliesController, XWebhooksController } from './controllers/inbox.controller';
import { ListeningSettingsController, MonitorsController } from './controllers/listening.controller';
import { AnalyticsController } from './controllers/analytics.controller';
import { AnalyticsPromoController } from './controllers/analytics-promo.controller';
import { BestHoursController } from './controllers/best-hours.controller';
import { LiveReportController } from './controllers/live-report.controller';
import {
  AddToQueueController,
  CalendarFeedsController,
  ImportsController,
  JobOffersController,
  LiveSessionsController,
  QueueController,
  RecurrencesController,
} from './controllers/recruiting.controller';
import { BrandsController, InvitationsController, WorkspacesController } from './controllers/workspaces.controller';
import { ErrorFilter } from './http/error-filter';
import { loginThrottlers } from './http/throttle';
import { MetricsService } from './http/metrics';
import { MinuteSeriesAnswers } from './http/minute-series';
import { VersionedJsonResponder } from './http/versioned-json';
import { MediaUploadInterceptor } from './http/media-upload';

export const APP_CONFIG = 'APP_CONFIG';

export interface ApiModuleOptions {
  config: AppConfig;
  clock?: Clock;
  /** Absolute path of the built web app (index.html); served with an SPA fallback when present. */
  webDist?: string;
}

@Module({})
export class ApiModule {
  static forRoot({ config, clock, webDist }: ApiModuleOptions): DynamicModule {
    const serveWeb = webDist && existsSync(`${webDist}/index.html`);
    return {
      module: ApiModule,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req: IncomingMessage) =>
              (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID(),
            // One line per request with what an operator reads (id, method, path, status, time). No headers: nothing
            // secret to redact (cookies, bearer tokens), and serialising and redacting every header of every request
            // cost more than the rest of a cached calendar answer's handler.
            serializers: {
              req: (req: { id: unknown; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url,
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/metrics' || req.url === '/api/health' },
          },
        }),
        DataAccessModule.forRoot({
          ...dataAccessOptions(config, 'x-publisher-api'),
          clock: clock ?? configuredClock(config),
        }),
        XApiModule.forRoot(xApiSettings(config)),
        PassportModule.register({ session: true }),
        ScheduleModule.forRoot(),
        ThrottlerModule.forRoot(loginThrottlers(config)),
        ...(serveWeb
          ? [
              ServeStaticModule.forRoot({
                rootPath: webDist,
                exclude: ['/api/{*path}', '/metrics'],
                serveStaticOptions: { maxAge: '1h', index: 'index.html' },
              }),
            ]
          : []),
      ],
      controllers: [
        AuthController,
        AccountsController,
        HoldsController,
        PostsController,
        PostGroupsController,
        PostSearchController,
        BulkPostsController,
        CharterController,
        MediaController,
        OAuthController,
        WorkspacesController,
        BrandsController,
        InvitationsController,
        AuditController,
        NotificationsController,
        LiveEventsController,
        WebhooksController,
        JobOffersController,
        ImportsController,
        QueueController,
        AddToQueueController,
        RecurrencesController,
        LiveSessionsController,
        LiveReportController,
        CalendarFeedsController,
        ConversationsController,
        SavedRepliesController,
        MonitorsController,
        ListeningSettingsController,
        AnalyticsController,
        AnalyticsPromoController,
        BestHoursController,
        XWebhooksController,
        HealthController,
        MetricsController,
      ],
      providers: [
        ...APPLICATION_SERVICES,
        { provide: APP_CONFIG, useValue: config },
        { provide: InboxSettings, useValue: { pollMs: config.inbox.pollMs } satisfies InboxSettings },
        ...applicationSettings(config),
        { provide: APP_GUARD, useClass: AuthenticatedGuard },
        { provide: APP_GUARD, useClass: WorkspaceMemberGuard },
        { provide: APP_GUARD, useClass: TenantResourceGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
        BearerStrategy,
        CsrfHolder,
        MetricsService,
        VersionedJsonResponder,
        MinuteSeriesAnswers,
        MediaUploadInterceptor,
      ],
    };
  }
}
