import { Logger, type INestApplication } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import cookieParser from 'cookie-parser';
import { doubleCsrf } from 'csrf-csrf';
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import passport from 'passport';
import type { Pool } from 'pg';
import type { AppConfig } from '@xp/server/config';
import type { SessionUser } from './auth.decorators';

export const SESSION_COOKIE = 'xp.sid';
export const XSRF_COOKIE = 'XSRF-TOKEN';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface CsrfTools {
  /** Issues a CSRF token bound to the current session and exposes it in the readable XSRF-TOKEN cookie. */
  issue(req: Request, res: Response): string;
}

/**
 * Server-side sessions in PostgreSQL (httpOnly, SameSite=Lax cookie), passport session support, and a
 * double-submit CSRF token (csrf-csrf) required on every state change made with the session cookie.
 */
export function installWebSecurity(app: INestApplication, config: AppConfig, pool: Pool): CsrfTools {
  const PgStore = connectPgSimple(session);
  app.use(cookieParser());
  // A read signed with a personal access token and carrying no cookie (scripts, integrations, the calendar of a
  // client app) has no session to load: the session steps are skipped for it (they cost a session id per request).
  const tokenOnlyRead = (req: Request) =>
    (req.method === 'GET' || req.method === 'HEAD') &&
    !req.headers.cookie &&
    /^bearer /i.test(req.headers.authorization ?? '');
  const unlessTokenOnlyRead =
    (mw: (req: Request, res: Response, next: NextFunction) => void) =>
    (req: Request, res: Response, next: NextFunction) => (tokenOnlyRead(req) ? next() : mw(req, res, next));
  const sessions = session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store: new PgStore({
      pool,
      tableName: 'http_sessions',
      createTableIfMissing: false,
      pruneSessionInterval: 15 * 60,
      // A prune still queued when the app closes its pool (a shutdown, a test's teardown) has nothing left to do.
      errorLog: (message: string, err: unknown) => {
        if (!pool.ended) new Logger('Sessions').warn(`${message} ${err instanceof Error ? err.message : String(err)}`);
      },
    }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, maxAge: 14 * 24 * 3600 * 1000 },
  });
  app.use(unlessTokenOnlyRead(sessions));
  passport.serializeUser<string>((user, done) => done(null, (user as SessionUser).id));
  passport.deserializeUser<string>((id, done) => done(null, { id, via: 'session' } satisfies SessionUser));
  app.use(passport.initialize());
  app.use(unlessTokenOnlyRead(passport.session()));

  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => config.sessionSecret,
    getSessionIdentifier: (req) => req.sessionID ?? '',
    cookieName: config.cookieSecure ? '__Host-xp.csrf' : 'xp.csrf',
    cookieOptions: { sameSite: 'lax', secure: config.cookieSecure, httpOnly: true, path: '/' },
    getCsrfTokenFromRequest: (req) =>
      (req.headers['x-xsrf-token'] as string | undefined) ?? req.headers['x-csrf-token'],
    errorConfig: { statusCode: 403, code: 'EBADCSRFTOKEN', message: 'invalid csrf token' },
  });
  // Login CSRF: a cross-site page must not be able to sign a browser in (or register, or accept an invitation)
  // as someone else. Browsers send Origin (or at least Referer) with every cross-site POST: a state change from
  // another origin is refused before anything runs. Scripts that send neither (curl, a PAT client) are not browsers.
  const sameSite = allowedOrigins(config.publicUrl);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!UNSAFE.has(req.method) || /^bearer /i.test(req.headers.authorization ?? '')) return next();
    const origin = req.headers.origin ?? originOf(req.headers.referer);
    if (origin === undefined || sameSite(origin)) return next();
    res.status(403).json({
      statusCode: 403,
      code: 'ORIGIN_REFUSED',
      message: `Requests from ${origin} are not accepted: use the app at ${config.publicUrl}`,
    });
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const cookieAuth = req.isAuthenticated() && !/^bearer /i.test(req.headers.authorization ?? '');
    if (UNSAFE.has(req.method) && cookieAuth) return doubleCsrfProtection(req, res, next);
    next();
  });

  return {
    issue(req, res) {
      const token = generateCsrfToken(req, res, { overwrite: false });
      res.cookie(XSRF_COOKIE, token, { sameSite: 'lax', secure: config.cookieSecure, httpOnly: false, path: '/' });
      return token;
    },
  };
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The app's own origin; on a loopback PUBLIC_URL, any loopback name for the same port (localhost vs 127.0.0.1). */
export function allowedOrigins(publicUrl: string): (origin: string) => boolean {
  const own = new URL(publicUrl);
  return (origin) => {
    if (origin === own.origin) return true;
    let o: URL;
    try {
      o = new URL(origin);
    } catch {
      return false;
    }
    return LOOPBACK.has(own.hostname) && LOOPBACK.has(o.hostname) && o.port === own.port && o.protocol === own.protocol;
  };
}

/**
 * On a loopback PUBLIC_URL, a page opened at another loopback name (127.0.0.1 for localhost, or the reverse) is sent
 * to the PUBLIC_URL's name: the session cookie belongs to one host name, and the X authorization comes back to
 * PUBLIC_URL's, so a session started on the other name would look signed out there. API calls are not redirected.
 */
export function canonicalLoopbackHost(publicUrl: string): (req: Request, res: Response, next: NextFunction) => void {
  const own = new URL(publicUrl);
  const active = LOOPBACK.has(own.hostname);
  return (req, res, next) => {
    const host = req.headers.host;
    if (!active || !host || (req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/')) {
      return next();
    }
    let asked: URL;
    try {
      asked = new URL(`${own.protocol}//${host}`);
    } catch {
      return next();
    }
    if (asked.host === own.host || !LOOPBACK.has(asked.hostname) || asked.port !== own.port) return next();
    res.redirect(302, `${own.origin}${req.originalUrl}`);
  };
}
