import { AppError } from '../../platform/app-error.js';

export const GovernanceErrorCode = {
  CaseNotFound: 'governance.case_not_found',
  QueueNotFound: 'governance.queue_not_found',
  InvalidTransition: 'governance.invalid_transition',
  CaseHeldByOther: 'governance.case_held_by_other',
} as const;
export type GovernanceErrorCode = (typeof GovernanceErrorCode)[keyof typeof GovernanceErrorCode];

export class GovernanceError extends AppError<GovernanceErrorCode> {}
