import type { CaseEvent } from './governance.types';

/** The decision a case's history names last (proposed, confirmed, rejected or reversed), if any. */
export function latestDecisionId(events: readonly CaseEvent[]): string | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const data = events[i].data;
    if (typeof data === 'object' && data !== null) {
      const id = (data as { decisionId?: unknown }).decisionId;
      if (typeof id === 'string') return id;
    }
  }
  return null;
}
