import { AppError } from '../../platform/app-error.js';

export const GovernanceErrorCode = {
  CaseNotFound: 'governance.case_not_found',
  QueueNotFound: 'governance.queue_not_found',
  InvalidTransition: 'governance.invalid_transition',
  CaseHeldByOther: 'governance.case_held_by_other',
  DecisionNotFound: 'governance.decision_not_found',
  UnknownViolation: 'governance.unknown_violation',
  ActionNotAllowed: 'governance.action_not_allowed',
  InvalidAction: 'governance.invalid_action',
  DecisionPending: 'governance.decision_pending',
  DecisionNotPending: 'governance.decision_not_pending',
  FourEyesSameReviewer: 'governance.four_eyes_same_reviewer',
  DecisionNotReversible: 'governance.decision_not_reversible',
  SubjectNotFound: 'governance.subject_not_found',
  ReportNotFound: 'governance.report_not_found',
  TrustedFlaggerNotFound: 'governance.trusted_flagger_not_found',
  AppealNotFound: 'governance.appeal_not_found',
  AppealWindowClosed: 'governance.appeal_window_closed',
  AppealAlreadyOpen: 'governance.appeal_already_open',
  DecisionNotAppealable: 'governance.decision_not_appealable',
  AppealNotOpen: 'governance.appeal_not_open',
  AppealSameReviewer: 'governance.appeal_same_reviewer',
  QcSubmissionNotFound: 'governance.qc_submission_not_found',
  QcSubmissionNotPending: 'governance.qc_submission_not_pending',
  DsaRangeInvalid: 'governance.dsa_range_invalid',
  FiguresRangeInvalid: 'governance.figures_range_invalid',
} as const;
export type GovernanceErrorCode = (typeof GovernanceErrorCode)[keyof typeof GovernanceErrorCode];

export class GovernanceError extends AppError<GovernanceErrorCode> {}
