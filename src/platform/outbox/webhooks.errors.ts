import { AppError } from '../app-error.js';

export const WebhooksErrorCode = {
  EndpointNotFound: 'webhooks.endpoint_not_found',
  DeliveryNotFound: 'webhooks.delivery_not_found',
  InvalidUrl: 'webhooks.invalid_url',
  UnknownEventType: 'webhooks.unknown_event_type',
} as const;
export type WebhooksErrorCode = (typeof WebhooksErrorCode)[keyof typeof WebhooksErrorCode];

export class WebhooksError extends AppError<WebhooksErrorCode> {}
