import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, type DomainErrorKind } from '@xp/server/domain';
import type { ApiErrorBody } from '@xp/shared';

const STATUS: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  refused: 422,
  too_many: 429,
};

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'NOT_SIGNED_IN',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
};

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  message?: string;
  code?: string;
}

/** One error format for the whole API: `{ statusCode, code, message, details? }`. Never a stack trace. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (res.headersSent) return;
    // A throttled request says when to come back (the refusal's `retryAfterSeconds` parameter).
    const retryAfter = body.statusCode === 429 ? body.params?.['retryAfterSeconds'] : undefined;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    res.status(body.statusCode).json(body);
  }

  toBody(e: unknown): ApiErrorBody {
    if (e instanceof DomainError) {
      return {
        statusCode: STATUS[e.kind],
        code: e.code,
        message: e.message,
        ...(e.details ? { details: e.details } : {}),
        ...(e.params && Object.keys(e.params).length > 0 ? { params: e.params } : {}),
      };
    }
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const r = e.getResponse();
      if (typeof r === 'object' && r !== null && 'code' in r && 'message' in r) {
        return { statusCode: status, ...(r as Omit<ApiErrorBody, 'statusCode'>) };
      }
      const message = typeof r === 'string' ? r : ((r as { message?: string | string[] }).message ?? e.message);
      return {
        statusCode: status,
        code: CODE_BY_STATUS[status] ?? 'ERROR',
        message: Array.isArray(message) ? message.join('; ') : message,
      };
    }
    // The posts trigger of migration UploadLimits1796339379078: a media of the post was deleted in the meantime.
    if ((e as { driverError?: { code?: string } } | null)?.driverError?.code === 'XPM01')
      return {
        statusCode: 400,
        code: 'BAD_SEGMENTS',
        message: 'A media of this post was deleted in the meantime; remove it and try again',
        details: [{ field: 'segments', message: 'unknown media' }],
      };
    const bp = e as BodyParserError;
    const status = bp?.status ?? bp?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      if (bp.type === 'entity.parse.failed')
        return { statusCode: 400, code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' };
      if (bp.type === 'entity.too.large')
        return { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
      if (bp.code === 'EBADCSRFTOKEN' || bp.message?.includes('csrf'))
        return {
          statusCode: 403,
          code: 'CSRF_INVALID',
          message: 'Security token missing or expired; reload the page and try again',
        };
      return {
        statusCode: status,
        code: CODE_BY_STATUS[status] ?? 'BAD_REQUEST',
        message: bp.expose && bp.message ? bp.message : 'Bad request',
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL',
      message: 'Something went wrong on our side; it has been logged',
    };
  }
}
