import type { Db } from '../../../platform/db/database.js';
import { newId } from '../../../platform/ids.js';
import type { ScreenFinding } from '../engine/screen-text.js';
import type { CompiledPolicy } from './evaluate-policy.js';
import type { PolicyOutcome } from './policy-document.js';

export interface NewDisagreement {
  shadowVersion: number;
  activeVersion: number;
  contentKind: string;
  contentId: string;
  subjectId: string;
  eventSource: string;
  eventId: string;
  activeOutcome: PolicyOutcome;
  shadowOutcome: PolicyOutcome;
  findings: readonly ScreenFinding[];
  createdAt: Date;
}

/** What a verdict's `policy` column holds: the version, or `default` for the unstored default. */
export function policyLabel(policy: CompiledPolicy): string {
  return policy.version === null ? 'default' : String(policy.version);
}

/** Stores the decisions on which the shadow policy differs from the active one, in one statement. */
export async function insertDisagreements(db: Db, rows: readonly NewDisagreement[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('scrShadowDisagreements')
    .values(rows.map((r) => ({ ...r, id: newId('sdg'), findings: JSON.stringify(r.findings) })))
    .execute();
}
