import { AppError } from '../app-error.js';

export const HttpErrorCode = {
  ValidationFailed: 'http.validation_failed',
  InvalidJson: 'http.invalid_json',
  NotFound: 'http.not_found',
  PayloadTooLarge: 'http.payload_too_large',
  UnsupportedMediaType: 'http.unsupported_media_type',
  RateLimited: 'http.rate_limited',
  Internal: 'http.internal',
} as const;
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode];

export class HttpError extends AppError<HttpErrorCode> {}
