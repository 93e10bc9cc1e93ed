import { z } from 'zod';
import type { AnyEnvelope } from '../ground-truth.js';
import { callXinren, type HttpOutcome, type XinrenConnection } from './xinren-http.js';

export const MAX_EVENTS_PER_POST = 1000;

export const EventsAnswer = z.object({
  accepted: z.number().int().min(0),
  duplicates: z.array(z.number().int()).default([]),
  rejected: z.array(z.object({ index: z.number().int(), code: z.string(), message: z.string() })).default([]),
});
export type EventsAnswer = z.infer<typeof EventsAnswer>;

export type PostEventsOutcome = Exclude<HttpOutcome, { kind: 'ok' }> | { kind: 'ok'; answer: EventsAnswer };

/** POST /v1/events with a batch of CloudEvents. */
export async function postEvents(
  connection: XinrenConnection,
  envelopes: readonly AnyEnvelope[],
): Promise<PostEventsOutcome> {
  if (envelopes.length > MAX_EVENTS_PER_POST) throw new RangeError(`at most ${MAX_EVENTS_PER_POST} events per request`);
  const outcome = await callXinren(connection, 'POST', '/v1/events', {
    contentType: 'application/cloudevents-batch+json',
    json: envelopes,
  });
  if (outcome.kind !== 'ok') return outcome;
  const answer = EventsAnswer.safeParse(outcome.body);
  if (!answer.success) {
    // The events may well be stored; retrying with the same ids is safe either way.
    return { kind: 'retry', status: outcome.status, reason: `unexpected answer: ${answer.error.issues[0]?.message}` };
  }
  return { kind: 'ok', answer: answer.data };
}
