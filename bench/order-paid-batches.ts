// The workload every phase of the intake bench sends: batches of `order.paid` CloudEvents.
//
// Batches are numbered per phase (seq 0, 1, 2, …). Every RETRY_EVERY-th batch is a retry of an
// earlier one, all of whose events are then duplicates, so the dedupe path is measured as well.

export const BATCH_SIZE = 100;
export const RETRY_EVERY = 10;
export const EVENT_SOURCE = 'bench://shop';
export const EVENT_TYPE = 'order.paid';

export interface OrderPaidData {
  orderId: string;
  buyerId: string;
  merchantId: string;
  amount: { amount: number; currency: 'CNY' };
}

export interface OrderPaidEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: typeof EVENT_TYPE;
  time: string;
  data: OrderPaidData;
}

const BASE_TIME_MS = Date.parse('2026-11-25T08:00:00.000Z');

/** A retry batch carries the same events as the first batch of its group of RETRY_EVERY. */
export function isRetry(seq: number): boolean {
  return seq % RETRY_EVERY === RETRY_EVERY - 1;
}

/**
 * The batch whose events batch `seq` carries: itself, or for a retry the batch RETRY_EVERY - 1
 * before it. With a few requests in flight that one has normally been stored already; when it has
 * not, the database waits on the unique key and the events still come back as duplicates.
 */
export function contentSeqOf(seq: number): number {
  return isRetry(seq) ? seq - (RETRY_EVERY - 1) : seq;
}

/** The events of batch `seq` of the phase tagged `tag` (tags keep phases from colliding). */
export function orderPaidBatch(tag: string, seq: number, size = BATCH_SIZE): OrderPaidEvent[] {
  const content = contentSeqOf(seq);
  const out: OrderPaidEvent[] = new Array(size);
  for (let j = 0; j < size; j++) {
    const n = content * size + j;
    out[j] = {
      specversion: '1.0',
      id: `${tag}-${content}-${j}`,
      source: EVENT_SOURCE,
      type: EVENT_TYPE,
      time: new Date(BASE_TIME_MS + n * 1_000).toISOString(),
      data: {
        orderId: `ord-${tag}-${n}`,
        buyerId: `buyer-${n % 5_003}`,
        merchantId: `merchant-${n % 211}`,
        amount: { amount: 100 + ((n * 7_919) % 500_000), currency: 'CNY' },
      },
    };
  }
  return out;
}

/** How many of a phase's first `batches` batches are fresh (their events are new). */
export function freshBatchesAmong(batches: number): number {
  return batches - Math.floor(batches / RETRY_EVERY);
}
