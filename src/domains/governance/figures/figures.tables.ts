export const EXPOSURE_KINDS = ['viewers', 'orders'] as const;
/** viewers: the audience of one ended live session; orders: one placed order. */
export type ExposureKind = (typeof EXPOSURE_KINDS)[number];

/**
 * The audiences and orders report rates are measured against, one row per live session or order.
 * Append-only: intake inserts and never updates, so concurrent intake transactions never wait on
 * a shared counter row; the figures sum the rows of a day when asked.
 */
export interface GovExposuresTable {
  /** The UTC day it happened (`YYYY-MM-DD`): the event's time, or its arrival when it has none. */
  day: string;
  kind: ExposureKind;
  /** The live session id (viewers) or the order id (orders): each counts once. */
  ref: string;
  /** Viewers of the session; 1 for an order. */
  amount: number;
  /** The event it came from (`source` and `id` of the CloudEvent), to trace a figure back. */
  eventSource: string;
  eventId: string;
}

export interface FiguresTables {
  govExposures: GovExposuresTable;
}
