import { type Insertable, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { newId } from '../../../platform/ids.js';
import type { CaseEventType, CaseTargetKind, GovCasesTable } from '../governance.tables.js';
import type { CasePriority } from '../rules/case-priority.js';
import { ACTIVE_CASE_STATES, type CaseState } from '../rules/case-state-machine.js';
import type { CaseEventView, CaseRow } from './case-record.js';

// Queries on gov_ tables only; the rules live in rules/ and the use cases beside this file.

export interface TargetRef {
  kind: CaseTargetKind;
  id: string;
}

/** The active cases of these targets, locked until the transaction ends. */
/** Records these verdicts as taken in; returns the ids that were not already. */
export async function receiveVerdicts(db: Db, verdictIds: readonly string[], now: Date): Promise<Set<string>> {
  if (verdictIds.length === 0) return new Set();
  const rows = await db
    .insertInto('govVerdictReceipts')
    .values(verdictIds.map((verdictId) => ({ verdictId, receivedAt: now })))
    .onConflict((oc) => oc.column('verdictId').doNothing())
    .returning('verdictId')
    .execute();
  return new Set(rows.map((r) => r.verdictId));
}

export async function lockActiveCasesOf(db: Db, targets: readonly TargetRef[]): Promise<CaseRow[]> {
  if (targets.length === 0) return [];
  return (
    db
      .selectFrom('govCases')
      .selectAll()
      .where('state', 'in', ACTIVE_CASE_STATES)
      .where((eb) => eb.or(targets.map((t) => eb.and([eb('targetKind', '=', t.kind), eb('targetId', '=', t.id)]))))
      // One lock order for every transaction.
      .orderBy('id')
      .forUpdate()
      .execute()
  );
}

/**
 * Inserts a case unless its target already has an active one (another transaction may have
 * opened it a moment ago); returns the row, or undefined when the target's case exists.
 */
export async function insertCaseUnlessActive(db: Db, row: Insertable<GovCasesTable>): Promise<CaseRow | undefined> {
  return db
    .insertInto('govCases')
    .values(row)
    .onConflict((oc) => oc.columns(['targetKind', 'targetId']).where('state', 'in', ACTIVE_CASE_STATES).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function lockCase(db: Db, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('govCases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findCase(db: Db, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('govCases').selectAll().where('id', '=', id).executeTakeFirst();
}

export type CasePatch = Partial<
  Pick<
    CaseRow,
    | 'subjectKind'
    | 'subjectId'
    | 'category'
    | 'severity'
    | 'priority'
    | 'priorityRank'
    | 'queue'
    | 'state'
    | 'assignee'
    | 'assignedAt'
    | 'dueAt'
    | 'decidedAt'
    | 'escalatedAt'
  >
> & { evidence?: string; updatedAt: Date };

export async function updateCase(db: Db, id: string, patch: CasePatch): Promise<CaseRow> {
  return db.updateTable('govCases').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export interface NewCaseEvent {
  caseId: string;
  type: CaseEventType;
  actor: string;
  at: Date;
  fromState?: CaseState | null;
  toState?: CaseState | null;
  data?: unknown;
}

export async function appendCaseEvents(db: Db, events: readonly NewCaseEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('govCaseEvents')
    .values(
      events.map((e) => ({
        id: newId('cev'),
        caseId: e.caseId,
        type: e.type,
        actor: e.actor,
        at: e.at,
        fromState: e.fromState ?? null,
        toState: e.toState ?? null,
        data: JSON.stringify(e.data ?? {}),
      })),
    )
    .execute();
}

export async function listCaseEvents(db: Db, caseId: string): Promise<CaseEventView[]> {
  const rows = await db
    .selectFrom('govCaseEvents')
    .select(['id', 'type', 'actor', 'at', 'fromState', 'toState', 'data'])
    .where('caseId', '=', caseId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, data: typeof r.data === 'string' ? JSON.parse(r.data) : r.data }));
}

export interface CaseFilters {
  queue?: string;
  state?: CaseState;
  subjectKind?: string;
  /** The kinds a party may see (merchant accounts: merchant); absent for staff. */
  subjectKinds?: readonly string[];
  subjectId?: string;
  targetKind?: string;
  targetId?: string;
  priority?: CasePriority;
  limit: number;
  /** The id of the last case of the previous page. */
  before?: string;
}

/** Newest first, keyset-paged on (opened_at, id); one row more than the limit tells there is more. */
export async function listCaseRows(db: Db, f: CaseFilters): Promise<Omit<CaseRow, 'evidence'>[]> {
  let q = db
    .selectFrom('govCases')
    .select([
      'id',
      'subjectKind',
      'subjectId',
      'targetKind',
      'targetId',
      'category',
      'severity',
      'priority',
      'priorityRank',
      'language',
      'queue',
      'state',
      'assignee',
      'assignedAt',
      'dueAt',
      'decidedAt',
      'escalatedAt',
      'source',
      'openedAt',
      'updatedAt',
    ])
    .orderBy('openedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit + 1);
  if (f.queue !== undefined) q = q.where('queue', '=', f.queue);
  if (f.state !== undefined) q = q.where('state', '=', f.state);
  if (f.subjectKind !== undefined) q = q.where('subjectKind', '=', f.subjectKind as CaseRow['subjectKind']);
  if (f.subjectKinds !== undefined) {
    if (f.subjectKinds.length === 0) return [];
    q = q.where('subjectKind', 'in', f.subjectKinds as CaseRow['subjectKind'][]);
  }
  if (f.subjectId !== undefined) q = q.where('subjectId', '=', f.subjectId);
  if (f.targetKind !== undefined) q = q.where('targetKind', '=', f.targetKind as CaseRow['targetKind']);
  if (f.targetId !== undefined) q = q.where('targetId', '=', f.targetId);
  if (f.priority !== undefined) q = q.where('priority', '=', f.priority);
  if (f.before !== undefined) {
    // An unknown cursor matches nothing.
    q = q.where(sql<boolean>`(opened_at, id) < (select c.opened_at, c.id from gov_cases c where c.id = ${f.before})`);
  }
  return q.execute();
}

/**
 * Locks the most urgent unclaimed case of a queue: highest priority, earliest due, then oldest
 * id. SKIP LOCKED passes over a case another reviewer's claim holds at this moment, so
 * concurrent claimers neither wait on each other nor get the same case.
 */
export async function lockNextOpenCase(db: Db, queue: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom('govCases')
    .selectAll()
    .where('queue', '=', queue)
    .where('state', '=', 'open')
    .orderBy('priorityRank', 'desc')
    .orderBy('dueAt')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export async function listQueueRows(db: Db) {
  return db.selectFrom('govQueues').select(['name', 'description']).orderBy('name').execute();
}

export async function queueExists(db: Db, name: string): Promise<boolean> {
  return (await db.selectFrom('govQueues').select('name').where('name', '=', name).executeTakeFirst()) !== undefined;
}

export interface QueueStateCount {
  queue: string;
  state: CaseState;
  priority: CasePriority;
  n: number;
  /** Active cases only: past due, and due within the priority's due-soon threshold. */
  breached: number;
  dueSoon: number;
}

/**
 * Case counts per queue, state and priority, with the SLA split of the active ones. dueSoonMs
 * gives each priority its threshold, so the split needs no read of single cases.
 */
export async function countCasesByQueue(
  db: Db,
  now: Date,
  dueSoonMs: Readonly<Record<CasePriority, number>>,
): Promise<QueueStateCount[]> {
  const soonCases = sql.join(
    Object.entries(dueSoonMs).map(([p, ms]) => sql`when ${p} then ${ms}::float8`),
    sql` `,
  );
  const active = sql`state in ('open', 'in_review')`;
  const rows = await db
    .selectFrom('govCases')
    .select([
      'queue',
      'state',
      'priority',
      sql<number>`count(*)::int`.as('n'),
      sql<number>`(count(*) filter (where ${active} and due_at <= ${now}))::int`.as('breached'),
      sql<number>`(count(*) filter (where ${active} and due_at > ${now}
        and due_at <= ${now}::timestamptz + make_interval(secs => (case priority ${soonCases} else 0 end) / 1000)))::int`.as(
        'dueSoon',
      ),
    ])
    .groupBy(['queue', 'state', 'priority'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n), breached: Number(r.breached), dueSoon: Number(r.dueSoon) }));
}
