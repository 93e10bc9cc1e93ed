import { GovernanceErrorCode } from '../../domains/governance/governance.errors.js';
import { ScreeningErrorCode } from '../../domains/screening/screening.errors.js';
import { assertUnreachable } from '../app-error.js';
import { AuthErrorCode } from '../auth/auth.errors.js';
import { EventsErrorCode } from '../events/events.errors.js';
import { WebhooksErrorCode } from '../outbox/webhooks.errors.js';
import { HttpErrorCode } from './http.errors.js';

export type ErrorCode =
  | HttpErrorCode
  | AuthErrorCode
  | EventsErrorCode
  | WebhooksErrorCode
  | ScreeningErrorCode
  | GovernanceErrorCode;

/** Every code a client can receive; docs/errors.md must list exactly these. */
export const ALL_ERROR_CODES: readonly ErrorCode[] = [
  ...Object.values(HttpErrorCode),
  ...Object.values(AuthErrorCode),
  ...Object.values(EventsErrorCode),
  ...Object.values(WebhooksErrorCode),
  ...Object.values(ScreeningErrorCode),
  ...Object.values(GovernanceErrorCode),
];

// The one place where an error code becomes an HTTP status. Adding a code without a status here
// does not compile.
export function statusForCode(code: ErrorCode): number {
  switch (code) {
    case 'http.validation_failed':
    case 'http.invalid_json':
    case 'events.not_a_batch':
    case 'events.invalid_envelope':
    case 'events.unknown_type':
    case 'events.invalid_data':
    case 'webhooks.invalid_url':
    case 'webhooks.unknown_event_type':
    case 'auth.subject_required':
    case 'screening.unknown_kind':
    case 'screening.lexicon_format':
    case 'screening.invalid_entry':
    case 'screening.invalid_policy':
    case 'governance.unknown_violation':
    case 'governance.action_not_allowed':
    case 'governance.invalid_action':
    case 'governance.dsa_range_invalid':
    case 'governance.figures_range_invalid':
      return 400;
    case 'auth.unauthenticated':
    case 'auth.invalid_credentials':
    case 'auth.invalid_api_key':
      return 401;
    case 'auth.forbidden':
    case 'auth.missing_scope':
    case 'governance.four_eyes_same_reviewer':
    case 'governance.appeal_same_reviewer':
      return 403;
    case 'http.not_found':
    case 'auth.user_not_found':
    case 'auth.api_key_not_found':
    case 'webhooks.endpoint_not_found':
    case 'webhooks.delivery_not_found':
    case 'screening.lexicon_not_found':
    case 'screening.lexicon_version_not_found':
    case 'screening.policy_not_found':
    case 'governance.case_not_found':
    case 'governance.queue_not_found':
    case 'governance.report_not_found':
    case 'governance.trusted_flagger_not_found':
    case 'governance.decision_not_found':
    case 'governance.subject_not_found':
    case 'governance.appeal_not_found':
    case 'governance.qc_submission_not_found':
      return 404;
    case 'auth.username_taken':
    case 'screening.version_conflict':
    case 'screening.invalid_transition':
    case 'governance.invalid_transition':
    case 'governance.case_held_by_other':
    case 'governance.decision_pending':
    case 'governance.decision_not_pending':
    case 'governance.decision_not_reversible':
    case 'governance.appeal_window_closed':
    case 'governance.appeal_already_open':
    case 'governance.decision_not_appealable':
    case 'governance.appeal_not_open':
    case 'governance.qc_submission_not_pending':
      return 409;
    case 'http.payload_too_large':
    case 'events.batch_too_large':
    case 'screening.text_too_large':
      return 413;
    case 'http.unsupported_media_type':
      return 415;
    case 'http.rate_limited':
      return 429;
    case 'http.internal':
      return 500;
    default:
      return assertUnreachable(code);
  }
}
