import type { Role } from '../../auth/roles';
import { canReview } from '../can-review';
import type { AppealStatus } from './appeals.types';

/** Why the calling user may not decide an appeal, or null when they may. */
export type AppealDeciderBlock = 'not_reviewer' | 'not_open' | 'own_decision' | 'held_by_other';

export interface AppealDeciderFacts {
  role: Role | undefined;
  /** The calling user as an actor: `user:<id>`. */
  actor: string | null;
  status: AppealStatus;
  decision: { decidedBy: string | null; confirmedBy: string | null };
  /** Who holds the appealed case, if anyone. */
  assignee: string | null;
}

// Mirrors decide-appeal on the server, which still decides: the console only avoids offering a
// form that would answer 403 or 409.
export function appealDeciderBlock(f: AppealDeciderFacts): AppealDeciderBlock | null {
  if (!canReview(f.role) || f.actor === null) return 'not_reviewer';
  if (f.status !== 'open') return 'not_open';
  if (f.actor === f.decision.decidedBy || f.actor === f.decision.confirmedBy) return 'own_decision';
  if (f.assignee !== null && f.assignee !== f.actor && f.role !== 'lead') return 'held_by_other';
  return null;
}
