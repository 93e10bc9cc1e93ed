/** The subject id of a case opened before anyone knew who answers for its target (a report on a listing). */
export const UNKNOWN_SUBJECT = 'unknown';
