import { AppError } from '../app-error.js';

export const EventsErrorCode = {
  NotABatch: 'events.not_a_batch',
  BatchTooLarge: 'events.batch_too_large',
  InvalidEnvelope: 'events.invalid_envelope',
  UnknownType: 'events.unknown_type',
  InvalidData: 'events.invalid_data',
} as const;
export type EventsErrorCode = (typeof EventsErrorCode)[keyof typeof EventsErrorCode];

export class EventsError extends AppError<EventsErrorCode> {}
