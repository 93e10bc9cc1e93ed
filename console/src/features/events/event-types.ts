// The event types POST /v1/events accepts (docs/events.md). GET /v1/events validates its `type`
// filter against them, so the filter offers exactly these instead of free text.
export const eventTypes = [
  'listing.upserted',
  'live.started',
  'live.segment',
  'live.ended',
  'order.placed',
  'order.paid',
  'order.shipped',
  'order.delivered',
  'order.refunded',
  'return.requested',
  'report.filed',
  'feedback.submitted',
] as const;
