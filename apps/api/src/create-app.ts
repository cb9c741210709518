import { BadRequestException, RequestMethod, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { Clock } from '@xp/server/application';
import type { AppConfig } from '@xp/server/config';
import { ApiModule } from './app.module';
import { CsrfHolder } from './auth/csrf-holder';
import { canonicalLoopbackHost, installWebSecurity } from './auth/web-security';
import { ErrorFilter } from './http/error-filter';
import { checkJsonBody, hasNulInUrl } from './http/json-guard';
import { MetricsService } from './http/metrics';
import { validationPipe } from './http/validation';
import { pathParametersFirst, withResponseSchemas } from './http/api-response';

export interface CreateApiOptions {
  clock?: Clock;
  webDist?: string;
  /** Keep Nest's own logs quiet (tests). */
  quiet?: boolean;
}

/** Builds the configured HTTP application; `main.ts` and the test suites both use it. */
export async function createApiApp(config: AppConfig, opts: CreateApiOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    ApiModule.forRoot({ config, clock: opts.clock, webDist: opts.webDist }),
    {
      bufferLogs: true,
      bodyParser: false,
      logger: opts.quiet ? false : undefined,
    },
  );
  if (!opts.quiet) app.useLogger(app.get(Logger));
  if (!opts.quiet && config.registrationVerifyEmail && !config.smtpUrl) {
    // Sign-up e-mails belong to no workspace: without SMTP nobody but the operator (table email_outbox) reads them.
    app
      .get(Logger)
      .warn('REGISTRATION_VERIFY_EMAIL is on without SMTP_URL: sign-up confirmation e-mails stay in email_outbox');
  }
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'https:'],
        },
      },
      // HSTS means nothing over plain HTTP (and pins a dev host to HTTPS): sent below, on secure requests only.
      strictTransportSecurity: false,
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });
  app.use(app.get(MetricsService).middleware());
  app.use(canonicalLoopbackHost(config.publicUrl));
  app.use((req: Request, _res: Response, next: NextFunction) =>
    next(
      hasNulInUrl(req.url)
        ? new BadRequestException({ code: 'NUL_CHARACTER', message: 'The address cannot contain %00 (NUL)' })
        : undefined,
    ),
  );
  // Size (BODY_LIMIT), depth and NUL are checked on the raw bytes, before parsing and validation.
  // X's deliveries are signed over their raw bytes: those are kept for the signature check.
  app.use(
    json({
      limit: config.bodyLimit,
      verify: (req, _res, buf) => {
        checkJsonBody(buf);
        if (req.url?.startsWith('/api/x/webhooks/')) (req as typeof req & { rawBody?: Buffer }).rawBody = buf;
      },
    }),
  );
  // No urlencoded parser: no endpoint takes an HTML form, and a form body is what a cross-site page can send.
  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  app.get(CsrfHolder).tools = installWebSecurity(app, config, pool);
  // Errors raised by the middleware above (malformed JSON, body too large, bad CSRF token) get the API's error format.
  const filter = new ErrorFilter();
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const body = filter.toBody(err);
    res.status(body.statusCode).json(body);
  });
  app.setGlobalPrefix('api', { exclude: [{ path: 'metrics', method: RequestMethod.GET }] });
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();

  // Request and response schemas come from the zod schemas of libs/shared (nestjs-zod); cleanup turns them into OpenAPI.
  const explored = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('X Publisher API')
      .setDescription('Multi-account scheduling and publishing for X. Errors: { statusCode, code, message, details? }.')
      .setVersion('1')
      .addCookieAuth('xp.sid')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Personal access token (xpat_…)' })
      .build(),
  );
  const doc = withResponseSchemas(pathParametersFirst(cleanupOpenApiDoc(explored)));
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  return app;
}
