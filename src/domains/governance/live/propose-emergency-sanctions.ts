import type { Db } from '../../../platform/db/database.js';
import type { DraftOutcome } from '../cases/open-cases-from-verdicts.js';
import { defaultViolationCatalogue } from '../decisions/default-violation-catalogue.js';
import type { ViolationCatalogue } from '../rules/violation-catalogue.js';
import { insertProposals } from './live.repository.js';
import { proposeSanction } from './sanction-proposal.js';

/**
 * Gives each emergency case just opened (a stream screening stopped) a proposed decision for its
 * reviewer (see sanction-proposal.ts), read with GET /v1/cases/:id/proposal. Runs in the
 * transaction that opened the cases.
 */
export async function proposeEmergencySanctions(
  trx: Db,
  now: Date,
  outcomes: readonly DraftOutcome[],
  catalogue: ViolationCatalogue = defaultViolationCatalogue(),
): Promise<void> {
  await insertProposals(
    trx,
    outcomes
      .filter((o) => o.opened && o.draft.source === 'emergency')
      .map((o) => ({
        caseId: o.caseId,
        proposal: proposeSanction(catalogue, o.draft.category, o.draft.severity, o.draft.targetKind),
        proposedAt: now,
      })),
  );
}
