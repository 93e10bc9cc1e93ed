import { AppError } from '../../platform/app-error.js';

export const ScreeningErrorCode = {
  UnknownKind: 'screening.unknown_kind',
  TextTooLarge: 'screening.text_too_large',
} as const;
export type ScreeningErrorCode = (typeof ScreeningErrorCode)[keyof typeof ScreeningErrorCode];

export class ScreeningError extends AppError<ScreeningErrorCode> {}
