import type { SlaState } from '../governance.types';
import type { Appeal } from './appeals.types';

// Mirrors the server's case SLA: the last quarter of the time an appeal was given counts as due soon.
const DUE_SOON_SHARE = 0.25;

/** How an open appeal stands against its due time; null once it is decided. */
export function appealSla(appeal: Pick<Appeal, 'status' | 'filedAt' | 'dueAt'>, now: Date): SlaState | null {
  if (appeal.status !== 'open') return null;
  const due = Date.parse(appeal.dueAt);
  const left = due - now.getTime();
  if (left <= 0) return 'breached';
  return left <= (due - Date.parse(appeal.filedAt)) * DUE_SOON_SHARE ? 'due_soon' : 'ok';
}
