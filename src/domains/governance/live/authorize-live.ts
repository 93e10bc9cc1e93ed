import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { newId } from '../../../platform/ids.js';
import type { EvidenceItem } from '../cases/case-evidence.js';
import { type CaseDraft, openOrJoinCases } from '../cases/open-cases-from-verdicts.js';
import { DAY_MS } from '../rules/points-ladder.js';
import { type AudienceFigures, assessHostRisk } from './host-history.js';
import { DEFAULT_HOST_RISK_RULES, type HostRisk, type HostRiskRules } from './host-risk.js';
import {
  currentSubmissions,
  findBlockingSanction,
  insertSubmission,
  type QcSubmissionRow,
  updateSubmission,
} from './live.repository.js';
import type { InspectionReport } from './live.tables.js';

/** The queue quality pre-review cases wait in (seeded by the live-control migration). */
export const QC_QUEUE = 'qc';

export interface LiveControlRules {
  risk: HostRiskRules;
  /** How long a passed pre-review lets the host sell the product live. */
  qcValidityDays: number;
}

export const DEFAULT_LIVE_CONTROL_RULES: LiveControlRules = { risk: DEFAULT_HOST_RISK_RULES, qcValidityDays: 90 };

export interface AuthorizeProduct {
  listingId: string;
  name?: string;
  qcSubmission?: { inspectionReports: InspectionReport[]; note?: string };
}

export interface AuthorizeInput {
  hostId: string;
  sessionId?: string;
  products: AuthorizeProduct[];
  audience?: AudienceFigures;
}

export type ProductStatus =
  /** Passed pre-review, still valid. */
  | 'passed'
  /** A submission waits in the qc queue. */
  | 'pending'
  /** The host is high-risk and sent no submission for it. */
  | 'submission_required'
  /** The host is not high-risk: no pre-review needed. */
  | 'not_required';

export interface ProductAnswer {
  listingId: string;
  status: ProductStatus;
  qcId?: string;
  caseId?: string | null;
  validUntil?: Date | null;
}

export type AuthorizeAnswer =
  | {
      decision: 'deny';
      hostId: string;
      reason: 'sanction';
      sanction: { id: string; action: string; decisionId: string; startsAt: Date; endsAt: Date | null };
    }
  | {
      decision: 'needs_review' | 'allow';
      hostId: string;
      risk: HostRisk;
      products: ProductAnswer[];
      /** The listing ids that wait for (or need) pre-review; empty on allow. */
      waiting: string[];
    };

const QC_ACTOR_FALLBACK = 'system:live';

function evidenceOf(s: QcSubmissionRow): EvidenceItem {
  const lines = [
    `${s.productName ?? s.listingId}`,
    ...s.inspectionReports.map((r) => `- ${r.name}: ${r.url ?? `sha256 ${r.hash ?? ''}`}`),
    ...(s.note ? [s.note] : []),
  ];
  return {
    // Not a screening verdict: the submission's id keeps the evidence item traceable the same way.
    verdictId: s.id,
    contentKind: 'qc_submission',
    contentId: s.listingId,
    ...(s.sessionId ? { sessionId: s.sessionId } : {}),
    outcome: 'needs_review',
    score: 0,
    policy: 'qc',
    text: lines.join('\n'),
    truncated: false,
    findings: [],
    at: s.submittedAt.toISOString(),
  };
}

/**
 * Whether a host may go live with these products: `deny` while a sanction keeps them off the air,
 * `needs_review` when the host is high-risk and some product has no valid passed pre-review (a
 * submission sent with it opens a case in the qc queue), `allow` otherwise. One transaction.
 */
export async function authorizeLive(
  db: Db,
  clock: Clock,
  actor: string,
  input: AuthorizeInput,
  rules: LiveControlRules = DEFAULT_LIVE_CONTROL_RULES,
): Promise<AuthorizeAnswer> {
  return db.transaction().execute(async (trx) => {
    const now = clock.now();
    const blocking = await findBlockingSanction(trx, input.hostId, now);
    if (blocking) {
      return {
        decision: 'deny',
        hostId: input.hostId,
        reason: 'sanction',
        sanction: {
          id: blocking.id,
          action: blocking.action,
          decisionId: blocking.decisionId,
          startsAt: blocking.startsAt,
          endsAt: blocking.endsAt,
        },
      };
    }
    const { level, reasons } = await assessHostRisk(trx, clock, input.hostId, input.audience, rules.risk);
    const risk: HostRisk = { level, reasons };
    const listingIds = [...new Set(input.products.map((p) => p.listingId))];
    if (level !== 'high') {
      return {
        decision: 'allow',
        hostId: input.hostId,
        risk,
        products: listingIds.map((listingId) => ({ listingId, status: 'not_required' as const })),
        waiting: [],
      };
    }
    const current = new Map<string, QcSubmissionRow>();
    // Newest first: a valid pass wins over a pending resubmission, else the newest pending one.
    for (const s of await currentSubmissions(trx, input.hostId, listingIds, now)) {
      const seen = current.get(s.listingId);
      if (!seen || (seen.state !== 'passed' && s.state === 'passed')) current.set(s.listingId, s);
    }
    const fresh: QcSubmissionRow[] = [];
    const products: ProductAnswer[] = [];
    for (const listingId of listingIds) {
      const known = current.get(listingId);
      if (known) {
        products.push({
          listingId,
          status: known.state === 'passed' ? 'passed' : 'pending',
          qcId: known.id,
          caseId: known.caseId,
          ...(known.state === 'passed' ? { validUntil: known.validUntil } : {}),
        });
        continue;
      }
      const product = input.products.find((p) => p.listingId === listingId && p.qcSubmission);
      if (!product?.qcSubmission) {
        products.push({ listingId, status: 'submission_required' });
        continue;
      }
      const row = await insertSubmission(trx, {
        id: newId('qcs'),
        hostId: input.hostId,
        listingId,
        productName: product.name ?? null,
        sessionId: input.sessionId ?? null,
        inspectionReports: JSON.stringify(product.qcSubmission.inspectionReports),
        note: product.qcSubmission.note ?? null,
        state: 'pending',
        caseId: null,
        submittedBy: actor || QC_ACTOR_FALLBACK,
        submittedAt: now,
        decidedBy: null,
        decidedAt: null,
        reason: null,
        validUntil: null,
      });
      fresh.push(row);
      products.push({ listingId, status: 'pending', qcId: row.id });
    }
    if (fresh.length > 0) {
      const drafts: CaseDraft[] = fresh.map((s) => ({
        subjectKind: 'host',
        subjectId: input.hostId,
        targetKind: 'listing',
        targetId: s.listingId,
        source: 'qc',
        category: 'quality_pre_review',
        severity: 1,
        // A host waits to go live on it.
        priority: 'high',
        language: 'und',
        items: [evidenceOf(s)],
        reportIds: [],
      }));
      const outcomes = await openOrJoinCases(trx, clock, drafts, { actor, routing: [{ queue: QC_QUEUE }] });
      for (const o of outcomes) {
        const s = fresh.find((f) => f.listingId === o.draft.targetId);
        if (!s) continue;
        await updateSubmission(trx, s.id, { caseId: o.caseId });
        const answer = products.find((p) => p.qcId === s.id);
        if (answer) answer.caseId = o.caseId;
      }
    }
    const waiting = products.filter((p) => p.status !== 'passed').map((p) => p.listingId);
    return {
      decision: waiting.length === 0 ? 'allow' : 'needs_review',
      hostId: input.hostId,
      risk,
      products,
      waiting,
    };
  });
}

export function qcValidUntil(decidedAt: Date, rules: LiveControlRules = DEFAULT_LIVE_CONTROL_RULES): Date {
  return new Date(decidedAt.getTime() + rules.qcValidityDays * DAY_MS);
}
