import { AppError } from '../app-error.js';

export const AuthErrorCode = {
  Unauthenticated: 'auth.unauthenticated',
  InvalidCredentials: 'auth.invalid_credentials',
  InvalidApiKey: 'auth.invalid_api_key',
  Forbidden: 'auth.forbidden',
  MissingScope: 'auth.missing_scope',
  UsernameTaken: 'auth.username_taken',
  UserNotFound: 'auth.user_not_found',
  ApiKeyNotFound: 'auth.api_key_not_found',
  SubjectRequired: 'auth.subject_required',
} as const;
export type AuthErrorCode = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];

export class AuthError extends AppError<AuthErrorCode> {}
