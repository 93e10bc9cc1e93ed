import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { newId } from '../../../platform/ids.js';
import type { VerdictNotice } from '../../screening/index.js';
import type { CaseSubjectKind, CaseTargetKind } from '../governance.tables.js';
import { proposeEmergencySanctions } from '../live/propose-emergency-sanctions.js';
import {
  type CasePriority,
  type CaseSource,
  higherPriority,
  priorityFor,
  priorityRank,
} from '../rules/case-priority.js';
import { ESCALATION_QUEUE, type RoutingRule, routeCase } from '../rules/case-routing.js';
import { dueAtAfterRaise, dueAtFor } from '../rules/case-sla.js';
import { contentLanguageOf } from '../rules/content-language.js';
import { UNKNOWN_SUBJECT } from '../rules/unknown-subject.js';
import {
  addEvidence,
  type CaseEvidence,
  type EvidenceItem,
  emptyEvidence,
  MAX_SNAPSHOT_CHARS,
  readEvidence,
} from './case-evidence.js';
import type { CaseRow } from './case-record.js';
import { moveSlaTimer, scheduleSlaTimer } from './case-sla-timer.js';
import {
  appendCaseEvents,
  insertCaseUnlessActive,
  lockActiveCasesOf,
  type NewCaseEvent,
  receiveVerdicts,
  updateCase,
} from './cases.repository.js';

export const SCREENING_ACTOR = 'system:screening';
export { UNKNOWN_SUBJECT };

/**
 * What is known about one target from one batch of signals (verdicts or reports): enough to open
 * its case, or to add to the case it already has.
 */
export interface CaseDraft {
  subjectKind: CaseSubjectKind;
  subjectId: string;
  targetKind: CaseTargetKind;
  targetId: string;
  source: CaseSource;
  category: string;
  severity: number;
  priority: CasePriority;
  language: string;
  items: EvidenceItem[];
  reportIds: string[];
}

export interface OpenCasesOptions {
  routing?: readonly RoutingRule[];
}

export interface CaseOpening extends OpenCasesOptions {
  /** Who opens the cases, for their events and audit entries (`system:screening`, `system:reports`). */
  actor: string;
}

export interface OpenedCases {
  opened: string[];
  /** Active cases that took the new evidence instead. */
  joined: string[];
}

export interface DraftOutcome {
  draft: CaseDraft;
  caseId: string;
  opened: boolean;
}

// A case is read whole: report ids past this are still found through the reports' case id.
export const MAX_CASE_REPORT_IDS = 500;

// A verdict without findings (a policy rule on score alone) still needs a severity.
const SEVERITY_WITHOUT_FINDINGS: Record<VerdictNotice['outcome'], number> = { review: 3, block: 4, stop_stream: 5 };

function targetOf(n: VerdictNotice): { kind: CaseTargetKind; id: string } {
  if (n.contentKind === 'listing') return { kind: 'listing', id: n.contentId };
  if (n.contentKind === 'comment') return { kind: 'comment', id: n.contentId };
  if (n.sessionId !== undefined) return { kind: 'live_session', id: n.sessionId };
  // A segment's content id is `sessionId:seq`.
  const colon = n.contentId.lastIndexOf(':');
  return { kind: 'live_session', id: colon < 0 ? n.contentId : n.contentId.slice(0, colon) };
}

function evidenceItemOf(n: VerdictNotice): EvidenceItem {
  return {
    verdictId: n.verdictId,
    contentKind: n.contentKind,
    contentId: n.contentId,
    ...(n.sessionId === undefined ? {} : { sessionId: n.sessionId }),
    outcome: n.outcome,
    score: n.score,
    policy: n.policy,
    text: n.text.length > MAX_SNAPSHOT_CHARS ? n.text.slice(0, MAX_SNAPSHOT_CHARS) : n.text,
    truncated: n.text.length > MAX_SNAPSHOT_CHARS,
    findings: n.findings.map((f) => ({
      category: f.category,
      severity: f.severity,
      term: f.term,
      section: f.section,
      line: f.line,
      start: f.start,
      end: f.end,
      text: f.text,
    })),
    at: n.at.toISOString(),
  };
}

function draftOf(n: VerdictNotice): CaseDraft {
  let category = 'unspecified';
  let severity = 0;
  for (const f of n.findings) {
    if (f.severity > severity) {
      severity = f.severity;
      category = f.category;
    }
  }
  if (severity === 0) severity = SEVERITY_WITHOUT_FINDINGS[n.outcome];
  const source: CaseSource = n.outcome === 'stop_stream' ? 'emergency' : 'screening';
  const target = targetOf(n);
  return {
    subjectKind: n.subjectKind,
    subjectId: n.subjectId,
    targetKind: target.kind,
    targetId: target.id,
    source,
    category,
    severity,
    priority: priorityFor({ source, severity, automatedAction: n.outcome !== 'review' }),
    language: contentLanguageOf(n.text),
    items: [evidenceItemOf(n)],
    reportIds: [],
  };
}

/** Folds a later notice on the same target into the draft: the graver finding and priority win. */
function foldDraft(into: CaseDraft, next: CaseDraft): void {
  if (next.severity > into.severity) {
    into.severity = next.severity;
    into.category = next.category;
  }
  into.priority = higherPriority(into.priority, next.priority);
  if (next.source === 'emergency') into.source = 'emergency';
  into.items.push(...next.items);
  into.reportIds.push(...next.reportIds);
}

const keyOf = (kind: string, id: string) => `${kind}\u0000${id}`;

/**
 * Opens a review case for each target of these screening verdicts, in the caller's transaction
 * (the one that stored the verdicts). A target that already has an active case (open or in
 * review) gets the new evidence added to it instead, and its severity and priority raised when
 * the new verdict is graver. A `stop_stream` makes an emergency case. Each opened case gets an
 * audit entry and a durable SLA timer. A verdict taken in before (the same notices told again) is
 * skipped.
 */
export async function openCasesFromVerdicts(
  trx: Db,
  clock: Clock,
  notices: readonly VerdictNotice[],
  options: OpenCasesOptions = {},
): Promise<OpenedCases> {
  const result: OpenedCases = { opened: [], joined: [] };
  if (notices.length === 0) return result;
  const fresh = await receiveVerdicts(
    trx,
    notices.map((n) => n.verdictId),
    clock.now(),
  );
  const drafts = new Map<string, CaseDraft>();
  for (const n of notices) {
    if (!fresh.has(n.verdictId)) continue;
    const d = draftOf(n);
    const key = keyOf(d.targetKind, d.targetId);
    const seen = drafts.get(key);
    if (seen) foldDraft(seen, d);
    else drafts.set(key, d);
  }
  const outcomes = await openOrJoinCases(trx, clock, [...drafts.values()], { ...options, actor: SCREENING_ACTOR });
  await proposeEmergencySanctions(trx, clock.now(), outcomes);
  for (const outcome of outcomes) {
    (outcome.opened ? result.opened : result.joined).push(outcome.caseId);
  }
  return result;
}

/**
 * Opens a case for each drafted target (one draft per target), or adds the draft's evidence to
 * the target's active case, raising its severity and priority when the draft is graver. Shared by
 * screening verdicts and reports; runs in the caller's transaction. Each opened case gets an
 * `opened` event, an audit entry and a durable SLA timer; a joined one an `evidence_added` event.
 */
export async function openOrJoinCases(
  trx: Db,
  clock: Clock,
  drafts: readonly CaseDraft[],
  opening: CaseOpening,
): Promise<DraftOutcome[]> {
  const outcomes: DraftOutcome[] = [];
  if (drafts.length === 0) return outcomes;
  const now = clock.now();
  const active = new Map<string, CaseRow>();
  const targets = drafts.map((d) => ({ kind: d.targetKind, id: d.targetId }));
  for (const row of await lockActiveCasesOf(trx, targets)) active.set(keyOf(row.targetKind, row.targetId), row);
  const events: NewCaseEvent[] = [];
  const openedRows: CaseRow[] = [];
  // Targets in one order in every transaction, and the audit lock (one for the whole log) only
  // after every insert: two intake batches that share targets wait on each other's rows in turn
  // instead of deadlocking.
  const ordered = drafts
    .map((d) => [keyOf(d.targetKind, d.targetId), d] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, draft] of ordered) {
    let existing = active.get(key);
    if (!existing) {
      const opened = await insertCase(trx, draft, now, opening);
      if (opened) {
        openedRows.push(opened);
        outcomes.push({ draft, caseId: opened.id, opened: true });
        events.push({
          caseId: opened.id,
          type: 'opened',
          actor: opening.actor,
          at: now,
          toState: 'open',
          data: {
            source: opened.source,
            queue: opened.queue,
            priority: opened.priority,
            severity: opened.severity,
            category: opened.category,
            ...signalIdsOf(draft),
          },
        });
        continue;
      }
      // Another transaction opened the target's case between our read and our insert.
      [existing] = await lockActiveCasesOf(trx, [{ kind: draft.targetKind, id: draft.targetId }]);
      if (!existing) throw new Error(`case of ${draft.targetKind} ${draft.targetId} neither inserted nor found`);
    }
    events.push(await joinCase(trx, clock, existing, draft, now, opening));
    outcomes.push({ draft, caseId: existing.id, opened: false });
  }
  await appendCaseEvents(trx, events);
  for (const row of openedRows) await recordOpening(trx, clock, row, opening.actor);
  return outcomes;
}

/** The verdict and report ids a draft brings, for the case's events. */
function signalIdsOf(d: CaseDraft): { verdictIds?: string[]; reportIds?: string[] } {
  return {
    ...(d.items.length > 0 || d.reportIds.length === 0 ? { verdictIds: d.items.map((i) => i.verdictId) } : {}),
    ...(d.reportIds.length > 0 ? { reportIds: d.reportIds } : {}),
  };
}

function withReports(evidence: CaseEvidence, reportIds: readonly string[]): CaseEvidence {
  if (reportIds.length === 0) return evidence;
  const room = Math.max(0, MAX_CASE_REPORT_IDS - evidence.reportIds.length);
  return { ...evidence, reportIds: [...evidence.reportIds, ...reportIds.slice(0, room)] };
}

function insertCase(trx: Db, d: CaseDraft, now: Date, options: OpenCasesOptions) {
  const evidence = withReports(addEvidence(emptyEvidence(), d.items), d.reportIds);
  const queue = routeCase(d, options.routing);
  return insertCaseUnlessActive(trx, {
    id: newId('cas'),
    subjectKind: d.subjectKind,
    subjectId: d.subjectId,
    targetKind: d.targetKind,
    targetId: d.targetId,
    category: d.category,
    severity: d.severity,
    priority: d.priority,
    priorityRank: priorityRank(d.priority),
    language: d.language,
    queue,
    state: 'open',
    assignee: null,
    assignedAt: null,
    dueAt: dueAtFor(d.priority, now),
    decidedAt: null,
    escalatedAt: null,
    source: d.source,
    evidence: JSON.stringify(evidence),
    openedAt: now,
    updatedAt: now,
  });
}

/** The audit entry and the SLA timer of a case just opened. */
async function recordOpening(trx: Db, clock: Clock, row: CaseRow, actor: string): Promise<void> {
  const evidence = readEvidence(row.evidence);
  await appendAudit(trx, clock, {
    actor,
    action: 'case.opened',
    subject: row.id,
    after: {
      subject: { kind: row.subjectKind, id: row.subjectId },
      target: { kind: row.targetKind, id: row.targetId },
      source: row.source,
      category: row.category,
      severity: row.severity,
      priority: row.priority,
      queue: row.queue,
      dueAt: row.dueAt.toISOString(),
      verdictIds: evidence.verdictIds,
      ...(evidence.reportIds.length > 0 ? { reportIds: evidence.reportIds } : {}),
    },
  });
  await scheduleSlaTimer(trx, clock, row.id, row.dueAt);
}

async function joinCase(
  trx: Db,
  clock: Clock,
  row: CaseRow,
  d: CaseDraft,
  now: Date,
  opening: CaseOpening,
): Promise<NewCaseEvent> {
  const evidence: CaseEvidence = withReports(addEvidence(readEvidence(row.evidence), d.items), d.reportIds);
  const graver = d.severity > row.severity;
  const severity = graver ? d.severity : row.severity;
  const category = graver ? d.category : row.category;
  const priority = higherPriority(row.priority, d.priority);
  const raised = priority !== row.priority;
  const dueAt = raised ? dueAtAfterRaise(row.dueAt, priority, now) : row.dueAt;
  // A graver case may belong elsewhere (a stopped stream to the emergency queue); one that
  // breached its SLA stays with the leads.
  // A case opened from reports learns its subject from the first signal that knows it.
  const learnsSubject = row.subjectId === UNKNOWN_SUBJECT && d.subjectId !== UNKNOWN_SUBJECT;
  const queue =
    (graver || raised) && row.queue !== ESCALATION_QUEUE
      ? routeCase({ source: row.source, category, severity, language: row.language, priority }, opening.routing)
      : row.queue;
  await updateCase(trx, row.id, {
    evidence: JSON.stringify(evidence),
    severity,
    category,
    priority,
    priorityRank: priorityRank(priority),
    dueAt,
    queue,
    ...(learnsSubject ? { subjectKind: d.subjectKind, subjectId: d.subjectId } : {}),
    updatedAt: now,
  });
  if (dueAt.getTime() !== row.dueAt.getTime()) await moveSlaTimer(trx, clock, row.id, row.dueAt, dueAt);
  return {
    caseId: row.id,
    type: 'evidence_added',
    actor: opening.actor,
    at: now,
    data: {
      ...signalIdsOf(d),
      ...(graver ? { severity: { from: row.severity, to: severity } } : {}),
      ...(raised ? { priority: { from: row.priority, to: priority } } : {}),
      ...(queue !== row.queue ? { queue: { from: row.queue, to: queue } } : {}),
      ...(learnsSubject ? { subject: { kind: d.subjectKind, id: d.subjectId } } : {}),
    },
  };
}
