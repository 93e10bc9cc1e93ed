import { AppError } from '../../platform/app-error.js';

export const ScreeningErrorCode = {
  UnknownKind: 'screening.unknown_kind',
  TextTooLarge: 'screening.text_too_large',
  LexiconNotFound: 'screening.lexicon_not_found',
  LexiconVersionNotFound: 'screening.lexicon_version_not_found',
  VersionConflict: 'screening.version_conflict',
  LexiconFormat: 'screening.lexicon_format',
  InvalidEntry: 'screening.invalid_entry',
  InvalidPolicy: 'screening.invalid_policy',
  InvalidTransition: 'screening.invalid_transition',
  PolicyNotFound: 'screening.policy_not_found',
} as const;
export type ScreeningErrorCode = (typeof ScreeningErrorCode)[keyof typeof ScreeningErrorCode];

export class ScreeningError extends AppError<ScreeningErrorCode> {}
