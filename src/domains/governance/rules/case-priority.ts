// How urgent a case is. The rank orders a queue ("next case" takes the highest first); the SLA
// (case-sla.ts) gives each priority its time to a decision.

export const CASE_PRIORITIES = ['low', 'normal', 'high', 'emergency'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

// 'qc' is a host's product submitted for quality pre-review before going live.
export const CASE_SOURCES = ['screening', 'report', 'emergency', 'qc'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

const RANK: Record<CasePriority, number> = { low: 1, normal: 2, high: 3, emergency: 4 };

export function priorityRank(priority: CasePriority): number {
  return RANK[priority];
}

export function higherPriority(a: CasePriority, b: CasePriority): CasePriority {
  return RANK[b] > RANK[a] ? b : a;
}

/** One step more urgent, emergency at most: what an SLA breach does to a case. */
export function raisedPriority(priority: CasePriority): CasePriority {
  const i = CASE_PRIORITIES.indexOf(priority);
  return CASE_PRIORITIES[Math.min(i + 1, CASE_PRIORITIES.length - 1)]!;
}

export interface PriorityInput {
  source: CaseSource;
  /** The highest finding severity, 1–5. */
  severity: number;
  /** A block already acted on the content: the person affected waits on the review. */
  automatedAction: boolean;
}

export function priorityFor(input: PriorityInput): CasePriority {
  if (input.source === 'emergency') return 'emergency';
  if (input.severity >= 4 || input.automatedAction) return 'high';
  if (input.severity === 3) return 'normal';
  return 'low';
}
