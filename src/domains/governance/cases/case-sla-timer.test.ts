import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../platform/clock.js';
import { createTestDatabase, type TestDatabase } from '../../../platform/db/test-database.js';
import { JobRunner } from '../../../platform/jobs/job-runner.js';
import { stopStreamNotice, verdictNotice } from '../testing/verdict-notices.js';
import { CASE_SLA_JOB, caseSlaJob } from './case-sla-timer.js';
import { findCase, listCaseEvents } from './cases.repository.js';
import { openCasesFromVerdicts } from './open-cases-from-verdicts.js';

const MIN = 60_000;

describe('the SLA timer of a case', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let t: TestDatabase;
  let runner: JobRunner;
  beforeAll(async () => {
    t = await createTestDatabase();
    runner = new JobRunner(t.db, clock, pino({ level: 'silent' }));
    runner.register(CASE_SLA_JOB, caseSlaJob(clock));
  });
  afterAll(() => t.close());

  const open = async (notice = verdictNotice()) =>
    (await t.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, [notice]))).opened[0]!;
  const runDue = async () => {
    let n = 0;
    for (let ran = await runner.runOnce(); ran > 0; ran = await runner.runOnce()) n += ran;
    return n;
  };

  it('escalates a case still open at its due time: priority up, escalation queue, event and audit', async () => {
    const id = await open(verdictNotice({ contentId: 'lst-sla-1' }));
    const due = (await findCase(t.db, id))!.dueAt;
    clock.set(new Date(due.getTime() - 1));
    await runDue();
    expect((await findCase(t.db, id))!.queue).toBe('general');
    clock.set(due);
    await runDue();
    const row = (await findCase(t.db, id))!;
    expect(row).toMatchObject({ priority: 'high', queue: 'escalated', escalatedAt: due, dueAt: due, state: 'open' });
    const events = await listCaseEvents(t.db, id);
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['opened', 'system:screening'],
      ['escalated', 'system:sla'],
    ]);
    expect(events[1]!.data).toMatchObject({
      priority: { from: 'normal', to: 'high' },
      queue: { from: 'general', to: 'escalated' },
    });
    const audit = await t.db
      .selectFrom('auditEntries')
      .select(['action', 'actor'])
      .where('subject', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'case.opened', actor: 'system:screening' },
      { action: 'case.escalated', actor: 'system:sla' },
    ]);
  });

  it('escalates a case in review too, leaving it with its reviewer', async () => {
    const id = await open(stopStreamNotice('sess-sla', 'host-sla'));
    await t.db
      .updateTable('govCases')
      .set({ state: 'in_review', assignee: 'user:usr_r1', assignedAt: clock.now() })
      .where('id', '=', id)
      .execute();
    clock.advance(15 * MIN);
    await runDue();
    expect((await findCase(t.db, id))!).toMatchObject({
      state: 'in_review',
      assignee: 'user:usr_r1',
      priority: 'emergency',
      queue: 'escalated',
    });
  });

  it('leaves a decided case alone, and escalates a case once per due time', async () => {
    const decided = await open(verdictNotice({ contentId: 'lst-sla-decided' }));
    const twice = await open(verdictNotice({ contentId: 'lst-sla-twice' }));
    await t.db.updateTable('govCases').set({ state: 'decided' }).where('id', '=', decided).execute();
    clock.advance(24 * 60 * MIN);
    expect(await runDue()).toBeGreaterThanOrEqual(2);
    expect((await findCase(t.db, decided))!).toMatchObject({ queue: 'general', priority: 'normal', escalatedAt: null });
    expect((await findCase(t.db, twice))!.queue).toBe('escalated');
    // The same timer delivered again (a worker that died after committing) changes nothing more.
    await caseSlaJob(clock)({ caseId: twice }, { id: 'job_x', kind: CASE_SLA_JOB, attempt: 2, db: t.db });
    expect((await listCaseEvents(t.db, twice)).filter((e) => e.type === 'escalated')).toHaveLength(1);
  });

  it('fires at the earlier due time when new evidence raised the priority', async () => {
    const id = await open(verdictNotice({ contentId: 'lst-sla-raise' }));
    clock.advance(MIN);
    await open(
      verdictNotice({
        contentId: 'lst-sla-raise',
        outcome: 'block',
        findings: [{ ...verdictNotice().findings[0]!, severity: 5 }],
      }),
    );
    expect((await findCase(t.db, id))!.priority).toBe('high');
    clock.advance(2 * 60 * MIN - 1);
    await runDue();
    expect((await findCase(t.db, id))!.queue).not.toBe('escalated');
    clock.advance(1);
    await runDue();
    expect((await findCase(t.db, id))!).toMatchObject({ queue: 'escalated', priority: 'emergency' });
  });
});
