import { sql } from 'kysely';
import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { ScreeningError, ScreeningErrorCode } from '../screening.errors.js';
import type { ScrPoliciesTable } from '../screening.tables.js';
import { defaultPolicySource } from './default-policy.js';
import { compilePolicy, type PolicyRule } from './evaluate-policy.js';
import { describeProblems, parsePolicy } from './policy-document.js';

export type PolicyStatus = ScrPoliciesTable['status'];
export const POLICY_STATUSES = ['draft', 'shadow', 'active', 'retired'] as const;
/** The statuses a caller may ask for; `draft` is only where versions start and demoted shadows return. */
export const TARGET_STATUSES = ['shadow', 'active', 'retired'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

// Serialises policy writes (version numbers, the one-active/one-shadow swap, the first seed) across
// processes; taken before the audit log's own lock, never after it.
const POLICY_LOCK_KEY = 7_314_264_201;

// draft → shadow | active | retired; shadow → active | retired; retired → shadow | active (a
// rollback). The active policy leaves only by being replaced: there is always one to screen with.
const ALLOWED: Record<PolicyStatus, readonly TargetStatus[]> = {
  draft: ['shadow', 'active', 'retired'],
  shadow: ['active', 'retired'],
  active: [],
  retired: ['shadow', 'active'],
};

export interface PolicySummary {
  version: number;
  name: string;
  status: PolicyStatus;
  note: string | null;
  createdAt: Date;
  createdBy: string;
  statusChangedAt: Date;
}

export interface PolicyDetail extends PolicySummary {
  source: string;
  rules: readonly PolicyRule[];
}

const subjectOf = (version: number) => `policy:${version}`;

async function lockPolicies(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(POLICY_LOCK_KEY)})`.execute(trx);
}

async function insertVersion(
  trx: Db,
  clock: Clock,
  input: { source: string; name: string; note: string | null; actor: string; status: PolicyStatus },
): Promise<number> {
  const last = await trx
    .selectFrom('scrPolicies')
    .select((eb) => eb.fn.max('version').as('max'))
    .executeTakeFirst();
  const version = Number(last?.max ?? 0) + 1;
  const now = clock.now();
  await trx
    .insertInto('scrPolicies')
    .values({
      version,
      name: input.name,
      status: input.status,
      source: input.source,
      note: input.note,
      createdAt: now,
      createdBy: input.actor,
      statusChangedAt: now,
      statusChangedBy: input.actor,
    })
    .execute();
  await appendAudit(trx, clock, {
    actor: input.actor,
    action: 'screening.policy.created',
    subject: subjectOf(version),
    after: { version, name: input.name, status: input.status, note: input.note },
  });
  return version;
}

/** Stores a new draft version; invalid documents are refused with every problem's line and path. */
export async function createPolicy(
  db: Db,
  clock: Clock,
  input: { source: string; note?: string | null; actor: string },
): Promise<{ version: number }> {
  const parsed = parsePolicy(input.source);
  if (!parsed.ok) {
    throw new ScreeningError(ScreeningErrorCode.InvalidPolicy, describeProblems(parsed.problems), {
      problems: parsed.problems,
    });
  }
  const version = await db.transaction().execute(async (trx) => {
    await lockPolicies(trx);
    return insertVersion(trx, clock, {
      source: input.source,
      name: parsed.document.name,
      note: input.note ?? null,
      actor: input.actor,
      status: 'draft',
    });
  });
  return { version };
}

/**
 * Seeds the shipped default policy as version 1, active, by `system`, when no policy exists.
 * Idempotent, and safe when several processes start at once (they queue on the policy lock and
 * the later ones find the seed).
 */
export async function ensureDefaultPolicy(db: Db, clock: Clock): Promise<boolean> {
  const any = await db.selectFrom('scrPolicies').select('version').limit(1).executeTakeFirst();
  if (any) return false;
  const run = async (trx: Db) => {
    await lockPolicies(trx);
    const again = await trx.selectFrom('scrPolicies').select('version').limit(1).executeTakeFirst();
    if (again) return false;
    const source = defaultPolicySource();
    const parsed = parsePolicy(source);
    if (!parsed.ok) throw new Error(`the default policy is invalid: ${describeProblems(parsed.problems)}`);
    await insertVersion(trx, clock, {
      source,
      name: parsed.document.name,
      note: 'the shipped default policy',
      actor: 'system',
      status: 'active',
    });
    return true;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/**
 * Moves a version to a new status. Promoting to active retires the previous active version;
 * promoting to shadow sends the previous shadow back to draft. Every change is audited in the
 * same transaction; an illegal move changes nothing.
 */
export async function setPolicyStatus(
  db: Db,
  clock: Clock,
  input: { version: number; status: TargetStatus; actor: string },
): Promise<{ version: number; status: PolicyStatus }> {
  return db.transaction().execute(async (trx) => {
    await lockPolicies(trx);
    const row = await trx
      .selectFrom('scrPolicies')
      .select(['version', 'status'])
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (!row) throw new ScreeningError(ScreeningErrorCode.PolicyNotFound, `no policy version ${input.version}`);
    if (!ALLOWED[row.status].includes(input.status)) {
      const why =
        row.status === 'active'
          ? 'the active policy is replaced by activating another version'
          : `allowed from ${row.status}: ${ALLOWED[row.status].join(', ') || 'none'}`;
      throw new ScreeningError(
        ScreeningErrorCode.InvalidTransition,
        `policy ${input.version} cannot go from ${row.status} to ${input.status}; ${why}`,
      );
    }
    const now = clock.now();
    const move = async (version: number, from: PolicyStatus, to: PolicyStatus, reason: string | null) => {
      await trx
        .updateTable('scrPolicies')
        .set({ status: to, statusChangedAt: now, statusChangedBy: input.actor })
        .where('version', '=', version)
        .execute();
      await appendAudit(trx, clock, {
        actor: input.actor,
        action: 'screening.policy.status_changed',
        subject: subjectOf(version),
        before: { status: from },
        after: { status: to },
        reason,
      });
    };
    if (input.status === 'active' || input.status === 'shadow') {
      const holder = await trx
        .selectFrom('scrPolicies')
        .select(['version'])
        .where('status', '=', input.status)
        .where('version', '!=', input.version)
        .executeTakeFirst();
      if (holder) {
        const to: PolicyStatus = input.status === 'active' ? 'retired' : 'draft';
        await move(holder.version, input.status, to, `replaced by version ${input.version}`);
      }
    }
    await move(input.version, row.status, input.status, null);
    return { version: input.version, status: input.status };
  });
}

export async function listPolicies(db: Db): Promise<PolicySummary[]> {
  return db
    .selectFrom('scrPolicies')
    .select(['version', 'name', 'status', 'note', 'createdAt', 'createdBy', 'statusChangedAt'])
    .orderBy('version', 'desc')
    .execute();
}

export async function getPolicy(db: Db, version: number): Promise<PolicyDetail> {
  const row = await db
    .selectFrom('scrPolicies')
    .select(['version', 'name', 'status', 'note', 'createdAt', 'createdBy', 'statusChangedAt', 'source'])
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) throw new ScreeningError(ScreeningErrorCode.PolicyNotFound, `no policy version ${version}`);
  return { ...row, rules: compiledSource(row.version, row.source).rules };
}

// Stored sources were valid when stored and never change: compile each version once.
const compiledByVersion = new Map<string, ReturnType<typeof compilePolicy>>();

/** The compiled form of a stored version (cached; a version's source never changes). */
export function compiledSource(version: number, source: string): ReturnType<typeof compilePolicy> {
  const key = `${version}\u0000${source}`;
  let compiled = compiledByVersion.get(key);
  if (!compiled) {
    const parsed = parsePolicy(source);
    if (!parsed.ok) throw new Error(`stored policy ${version} is invalid: ${describeProblems(parsed.problems)}`);
    compiled = compilePolicy(parsed.document, version);
    // Versions are few; the bound only guards a process that lives through very many test databases.
    if (compiledByVersion.size >= 64) compiledByVersion.delete(compiledByVersion.keys().next().value as string);
    compiledByVersion.set(key, compiled);
  }
  return compiled;
}

export interface DisagreementPage {
  total: number;
  byPair: { active: string; shadow: string; count: number }[];
  items: {
    id: string;
    contentKind: string;
    contentId: string;
    activeVersion: number;
    activeOutcome: string;
    shadowOutcome: string;
    findings: unknown;
    createdAt: Date;
  }[];
  nextBefore: string | null;
}

export async function listDisagreements(
  db: Db,
  version: number,
  page: { limit: number; before?: string },
): Promise<DisagreementPage> {
  const exists = await db.selectFrom('scrPolicies').select('version').where('version', '=', version).executeTakeFirst();
  if (!exists) throw new ScreeningError(ScreeningErrorCode.PolicyNotFound, `no policy version ${version}`);
  const pairs = await db
    .selectFrom('scrShadowDisagreements')
    .select(['activeOutcome', 'shadowOutcome', (eb) => eb.fn.countAll<number>().as('count')])
    .where('shadowVersion', '=', version)
    .groupBy(['activeOutcome', 'shadowOutcome'])
    .execute();
  let q = db
    .selectFrom('scrShadowDisagreements')
    .select([
      'id',
      'contentKind',
      'contentId',
      'activeVersion',
      'activeOutcome',
      'shadowOutcome',
      'findings',
      'createdAt',
    ])
    .where('shadowVersion', '=', version)
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.before) q = q.where('id', '<', page.before);
  const rows = await q.execute();
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  const byPair = pairs
    .map((p) => ({ active: p.activeOutcome, shadow: p.shadowOutcome, count: Number(p.count) }))
    .sort((a, b) => b.count - a.count || a.active.localeCompare(b.active) || a.shadow.localeCompare(b.shadow));
  return {
    total: byPair.reduce((s, p) => s + p.count, 0),
    byPair,
    items: items.map((r) => ({ ...r, findings: typeof r.findings === 'string' ? JSON.parse(r.findings) : r.findings })),
    nextBefore: more ? (items[items.length - 1]?.id ?? null) : null,
  };
}
