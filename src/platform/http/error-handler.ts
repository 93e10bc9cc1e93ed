import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../app-error.js';
import { type ErrorCode, statusForCode } from './error-status.js';
import { HttpErrorCode } from './http.errors.js';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
  requestId: string;
}

// Fastify's own errors that are the client's fault, mapped to our codes.
function codeForFastifyError(err: FastifyError): ErrorCode | null {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return HttpErrorCode.UnsupportedMediaType;
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return HttpErrorCode.PayloadTooLarge;
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return HttpErrorCode.InvalidJson;
    default:
      break;
  }
  if (err instanceof SyntaxError || err.name === 'SyntaxError') return HttpErrorCode.InvalidJson;
  if (err.statusCode === 429) return HttpErrorCode.RateLimited;
  if (err.statusCode === 413) return HttpErrorCode.PayloadTooLarge;
  if (err.statusCode === 415) return HttpErrorCode.UnsupportedMediaType;
  if (err.statusCode === 404) return HttpErrorCode.NotFound;
  if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500)
    return HttpErrorCode.ValidationFailed;
  return null;
}

/** The only place where an error becomes an HTTP answer. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    let code: ErrorCode;
    let message = err.message;
    let details: unknown;
    const e: unknown = err;
    if (e instanceof AppError) {
      code = e.code as ErrorCode;
      details = e.details;
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      code = HttpErrorCode.ValidationFailed;
      details = err.validation.map((v) => ({ path: v.instancePath, message: v.message }));
      message = `invalid ${err.validationContext ?? 'request'}: ${err.validation
        .slice(0, 3)
        .map((v) => `${v.instancePath || '/'} ${v.message}`)
        .join('; ')}`;
    } else {
      code = codeForFastifyError(err) ?? HttpErrorCode.Internal;
    }
    const status = statusForCode(code);
    if (status >= 500) {
      req.log.error({ err }, 'unhandled error');
      message = 'internal error; the request id is in the log';
    }
    const body: ErrorBody = {
      error: { code, message, ...(details === undefined ? {} : { details }) },
      requestId: req.id,
    };
    reply.status(status).send(body);
  });
}
