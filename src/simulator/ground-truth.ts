import type { EventData, EventType } from '../platform/events/event-types.js';

/** The kinds of problem content the simulator mixes into normal traffic. */
export const PROBLEM_KINDS = [
  'off_platform',
  'superlative',
  'health_claim',
  'counterfeit',
  'price_fraud',
  'staged_drama',
  'gambling',
  'drugs',
  'sexual',
  'spam_seo',
  'weapons',
  'fraud',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/**
 * What the simulator knows about an event it generated and Xinren has to find out by itself. It is
 * never sent; it is there for tests, for `--truth-out`, and for measuring detection end to end.
 */
export interface GroundTruth {
  problem?: {
    kind: ProblemKind;
    /** The words (or, for price fraud, the claim) that make it a problem. */
    cue: string;
    /** Set when the cue is split over two consecutive transcript segments. */
    straddle?: 'head' | 'tail';
  };
  /** Ordinary content that contains a confusable term (最近, 第一次, a pharmacy listing …). */
  hardNegative?: { term: string };
}

/** A CloudEvents 1.0 envelope as the simulator sends it. */
export interface SimEnvelope<T extends EventType = EventType> {
  specversion: '1.0';
  id: string;
  source: string;
  type: T;
  time: string;
  data: EventData<T>;
}

export type AnyEnvelope = { [T in EventType]: SimEnvelope<T> }[EventType];

export interface GeneratedEvent {
  envelope: AnyEnvelope;
  truth?: GroundTruth;
}

/** Event types whose text Xinren screens: the problem share is measured over these. */
export const CONTENT_EVENT_TYPES: ReadonlySet<EventType> = new Set([
  'listing.upserted',
  'live.segment',
  'comment.posted',
]);
