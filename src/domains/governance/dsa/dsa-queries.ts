import type { Db } from '../../../platform/db/database.js';
import type { SanctionRow } from '../decisions/decisions.repository.js';
import type { ViolationCatalogue } from '../rules/violation-catalogue.js';
import { buildDsaStatement, type DsaSanctionInput, type DsaViolation } from './build-dsa-statement.js';
import type { DsaRange } from './dsa-range.js';
import type { DsaStatement } from './dsa-statement.js';

// Which decisions get a statement: every decision with a violation that took effect in the range,
// including those reversed later. A statement reports a decision taken; the Transparency Database
// has no "withdrawn" state, and a reversal on appeal is a decision of its own that lifts
// restrictions rather than imposing one, so it gets no statement. The sanctions are exported as
// imposed (their status now, lifted or expired, does not rewrite what was decided).

const IDS_PER_QUERY = 5_000;

type SanctionPart = Pick<SanctionRow, 'decisionId' | 'action' | 'days' | 'amountMinor' | 'endsAt' | 'automatic'>;

export interface DsaExport {
  statements: DsaStatement[];
  /** Decisions in the range that restrict nothing the API knows (a warning alone). */
  skipped: number;
}

function violationOf(
  catalogue: ViolationCatalogue,
  type: string,
  category: string | null,
  keyword: string | null,
): DsaViolation {
  const spec = catalogue.violations[type];
  return {
    type,
    // A type since removed from the catalogue still exports, with a neutral text.
    name: spec?.name.en ?? type,
    explanation:
      spec?.statement.en.replace('{facts}', '').trim() ??
      'After review, the content was found to break the platform rules.',
    category: category ?? spec?.dsaCategory ?? 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
    keyword: keyword ?? spec?.dsaKeyword ?? 'KEYWORD_OTHER',
  };
}

/** The statements of the decisions that took effect in [from, to), oldest first. */
export async function exportDsaStatements(db: Db, catalogue: ViolationCatalogue, range: DsaRange): Promise<DsaExport> {
  const decisions = await db
    .selectFrom('govDecisions as d')
    .innerJoin('govCases as c', 'c.id', 'd.caseId')
    .select([
      'd.id',
      'd.caseId',
      'd.violationType',
      'd.dsaCategory',
      'd.dsaKeyword',
      'd.subjectKind',
      'd.targetKind',
      'd.effectiveAt',
      'c.source',
      'c.openedAt',
    ])
    .where('d.status', 'in', ['in_effect', 'reversed'])
    .where('d.violationType', 'is not', null)
    .where('d.effectiveAt', '>=', range.from)
    .where('d.effectiveAt', '<', range.to)
    .orderBy('d.effectiveAt')
    .orderBy('d.id')
    .execute();
  if (decisions.length === 0) return { statements: [], skipped: 0 };

  const sanctions: SanctionPart[] = [];
  const flagged: { caseId: string | null }[] = [];
  // A bind parameter per id: stay far below PostgreSQL's 65,535 on a busy week.
  for (let i = 0; i < decisions.length; i += IDS_PER_QUERY) {
    const part = decisions.slice(i, i + IDS_PER_QUERY);
    sanctions.push(
      ...(await db
        .selectFrom('govSanctions')
        .select(['decisionId', 'action', 'days', 'amountMinor', 'endsAt', 'automatic'])
        .where(
          'decisionId',
          'in',
          part.map((d) => d.id),
        )
        .orderBy('seq')
        .execute()),
    );
    flagged.push(
      ...(await db
        .selectFrom('govReports')
        .select('caseId')
        .distinct()
        .where('caseId', 'in', [...new Set(part.map((d) => d.caseId))])
        .where('trustedFlagger', 'is not', null)
        .execute()),
    );
  }
  const byDecision = new Map<string, DsaSanctionInput[]>();
  for (const s of sanctions) {
    const list = byDecision.get(s.decisionId) ?? [];
    list.push({
      action: s.action,
      days: s.days,
      amountMinor: s.amountMinor === null ? null : Number(s.amountMinor),
      endsAt: s.endsAt,
      automatic: s.automatic,
    });
    byDecision.set(s.decisionId, list);
  }
  const trusted = new Set(flagged.map((r) => r.caseId));

  const result: DsaExport = { statements: [], skipped: 0 };
  for (const d of decisions) {
    const statement = buildDsaStatement(
      {
        decisionId: d.id,
        violation: violationOf(catalogue, d.violationType!, d.dsaCategory, d.dsaKeyword),
        subjectKind: d.subjectKind,
        targetKind: d.targetKind,
        effectiveAt: d.effectiveAt!,
        caseOpenedAt: d.openedAt,
        caseSource: d.source,
        trustedFlaggerNotice: trusted.has(d.caseId),
        sanctions: byDecision.get(d.id) ?? [],
      },
      catalogue.fourEyes.currency,
    );
    if (statement === null) result.skipped++;
    else result.statements.push(statement);
  }
  return result;
}
