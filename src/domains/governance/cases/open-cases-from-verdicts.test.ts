import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../platform/clock.js';
import { openDatabase } from '../../../platform/db/database.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../../platform/db/test-database.js';
import { DEFAULT_QUEUES } from '../rules/case-routing.js';
import { stopStreamNotice, verdictNotice } from '../testing/verdict-notices.js';
import { MAX_EVIDENCE_ITEMS, readEvidence } from './case-evidence.js';
import { CASE_SLA_JOB } from './case-sla-timer.js';
import { findCase, listCaseEvents } from './cases.repository.js';
import { openCasesFromVerdicts } from './open-cases-from-verdicts.js';

const MIN = 60_000;

describe('opening cases from screening verdicts', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  const open = (notices: Parameters<typeof openCasesFromVerdicts>[2]) =>
    t.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, notices));

  it('seeds every default queue, and the appeal and quality-check queues', async () => {
    const names = (await t.db.selectFrom('govQueues').select('name').execute()).map((r) => r.name);
    expect(names.sort()).toEqual([...DEFAULT_QUEUES.map((q) => q.name), 'appeals', 'qc'].sort());
  });

  it('opens a routed case with evidence, an opened event, an audit entry and an SLA timer', async () => {
    const notice = verdictNotice({ contentId: 'lst-open-1', subjectId: 'mch-open' });
    const { opened, joined } = await open([notice]);
    expect(joined).toEqual([]);
    expect(opened).toHaveLength(1);
    const row = (await findCase(t.db, opened[0]!))!;
    expect(row).toMatchObject({
      subjectKind: 'merchant',
      subjectId: 'mch-open',
      targetKind: 'listing',
      targetId: 'lst-open-1',
      category: 'diversion',
      severity: 3,
      priority: 'normal',
      language: 'zh',
      queue: 'general',
      state: 'open',
      assignee: null,
      source: 'screening',
    });
    expect(row.dueAt).toEqual(new Date(clock.now().getTime() + 24 * 60 * MIN));
    const evidence = readEvidence(row.evidence);
    expect(evidence.verdictIds).toEqual([notice.verdictId]);
    expect(evidence.items[0]).toMatchObject({ text: notice.text, findings: notice.findings, outcome: 'review' });
    const events = await listCaseEvents(t.db, row.id);
    expect(events.map((e) => [e.type, e.actor, e.toState])).toEqual([['opened', 'system:screening', 'open']]);
    const audit = await t.db.selectFrom('auditEntries').selectAll().where('subject', '=', row.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['case.opened']);
    const timers = await t.db.selectFrom('jobJobs').selectAll().where('kind', '=', CASE_SLA_JOB).execute();
    expect(timers.find((j) => (j.payload as { caseId: string }).caseId === row.id)?.runAt).toEqual(row.dueAt);
  });

  it('adds a second verdict on the same target to the open case, raising severity and priority', async () => {
    const first = await open([verdictNotice({ contentId: 'lst-join' })]);
    clock.advance(10 * MIN);
    const graver = verdictNotice({
      contentId: 'lst-join',
      outcome: 'block',
      findings: [{ ...verdictNotice().findings[0]!, category: 'drugs', severity: 5, term: '冰毒', text: '冰毒' }],
    });
    const second = await open([graver]);
    expect(second).toEqual({ opened: [], joined: first.opened });
    const row = (await findCase(t.db, first.opened[0]!))!;
    expect(row).toMatchObject({ severity: 5, category: 'drugs', priority: 'high', queue: 'serious' });
    // The new priority's 2 hours from now, sooner than the 24 hours it had.
    expect(row.dueAt).toEqual(new Date(clock.now().getTime() + 120 * MIN));
    expect(readEvidence(row.evidence).verdictIds).toHaveLength(2);
    const events = await listCaseEvents(t.db, row.id);
    expect(events.map((e) => e.type)).toEqual(['opened', 'evidence_added']);
    expect(events[1]!.data).toMatchObject({
      severity: { from: 3, to: 5 },
      priority: { from: 'normal', to: 'high' },
      queue: { from: 'general', to: 'serious' },
    });
    // The old timer was replaced by one at the new due time.
    const timers = await t.db
      .selectFrom('jobJobs')
      .select(['runAt', 'status'])
      .where('uniqueKey', 'like', `${CASE_SLA_JOB}:${row.id}:%`)
      .orderBy('runAt')
      .execute();
    expect(timers.map((j) => j.status)).toEqual(['pending', 'done']);
    expect(timers[0]!.runAt).toEqual(row.dueAt);
  });

  it('keeps a milder verdict from lowering a case, and folds one batch per target', async () => {
    const a = verdictNotice({ contentId: 'lst-fold', outcome: 'block' });
    const b = verdictNotice({
      contentId: 'lst-fold',
      findings: [{ ...verdictNotice().findings[0]!, category: 'ad_superlative', severity: 2 }],
    });
    const { opened } = await open([a, b]);
    expect(opened).toHaveLength(1);
    const row = (await findCase(t.db, opened[0]!))!;
    expect(row).toMatchObject({ severity: 3, category: 'diversion', priority: 'high' });
    expect(readEvidence(row.evidence).verdictIds).toEqual([a.verdictId, b.verdictId]);
    await open([verdictNotice({ contentId: 'lst-fold' })]);
    expect((await findCase(t.db, row.id))!).toMatchObject({ severity: 3, priority: 'high' });
  });

  it('opens an emergency case for a stopped stream, with the transcript snippet', async () => {
    const notice = stopStreamNotice('sess-stop', 'host-9');
    const { opened } = await open([notice]);
    const row = (await findCase(t.db, opened[0]!))!;
    expect(row).toMatchObject({
      subjectKind: 'host',
      subjectId: 'host-9',
      targetKind: 'live_session',
      targetId: 'sess-stop',
      source: 'emergency',
      priority: 'emergency',
      queue: 'emergency',
      severity: 5,
      category: 'medical_claim',
    });
    expect(row.dueAt).toEqual(new Date(clock.now().getTime() + 15 * MIN));
    const item = readEvidence(row.evidence).items[0]!;
    expect(item.text).toBe(notice.text);
    expect(item.sessionId).toBe('sess-stop');
    expect(item.text.slice(item.findings[0]!.start, item.findings[0]!.end)).toBe('治高血压');
  });

  it('makes a stream under review an emergency when it is stopped', async () => {
    const review = verdictNotice({
      contentKind: 'live_segment',
      contentId: 'sess-mixed:1',
      sessionId: 'sess-mixed',
      subjectKind: 'host',
      subjectId: 'host-3',
    });
    const { opened } = await open([review]);
    await open([stopStreamNotice('sess-mixed', 'host-3', 2)]);
    expect((await findCase(t.db, opened[0]!))!).toMatchObject({
      priority: 'emergency',
      queue: 'emergency',
      severity: 5,
      source: 'screening',
    });
  });

  it('opens a new case once the earlier case of the target is decided', async () => {
    const { opened } = await open([verdictNotice({ contentId: 'lst-again' })]);
    await t.db.updateTable('govCases').set({ state: 'decided' }).where('id', '=', opened[0]!).execute();
    const again = await open([verdictNotice({ contentId: 'lst-again' })]);
    expect(again.opened).toHaveLength(1);
    expect(again.opened[0]).not.toBe(opened[0]);
  });

  it('keeps at most MAX_EVIDENCE_ITEMS snapshots, and the ids of all the verdicts', async () => {
    const many = Array.from({ length: MAX_EVIDENCE_ITEMS + 5 }, (_, i) =>
      verdictNotice({ contentKind: 'comment', contentId: 'cmt-flood', subjectKind: 'user', subjectId: `u-${i}` }),
    );
    const { opened } = await open(many);
    const evidence = readEvidence((await findCase(t.db, opened[0]!))!.evidence);
    expect(evidence.items).toHaveLength(MAX_EVIDENCE_ITEMS);
    expect(evidence.verdictIds).toHaveLength(MAX_EVIDENCE_ITEMS + 5);
    expect(evidence.omittedItems).toBe(5);
  });

  it('routes English content to the English queue', async () => {
    const { opened } = await open([
      verdictNotice({ contentId: 'lst-en', text: 'Brand new, message me on WeChat for a better price' }),
    ]);
    expect((await findCase(t.db, opened[0]!))!).toMatchObject({ language: 'en', queue: 'en' });
  });

  it('changes nothing when the surrounding transaction rolls back', async () => {
    const before = await t.db.selectFrom('govCases').select('id').execute();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await openCasesFromVerdicts(trx, clock, [verdictNotice({ contentId: 'lst-rollback' })]);
        throw new Error('intake failed');
      }),
    ).rejects.toThrow('intake failed');
    expect(await t.db.selectFrom('govCases').select('id').execute()).toHaveLength(before.length);
  });

  it.runIf(testDbKind() === 'postgres')(
    'opens one case when two intake transactions see the same new target at once',
    async () => {
      const other = await openDatabase({ url: t.url!, poolSize: 2 });
      try {
        let commitFirst!: () => void;
        const gate = new Promise<void>((r) => {
          commitFirst = r;
        });
        let inserted!: () => void;
        const firstInserted = new Promise<void>((r) => {
          inserted = r;
        });
        const first = t.db.transaction().execute(async (trx) => {
          const r = await openCasesFromVerdicts(trx, clock, [verdictNotice({ contentId: 'lst-race' })]);
          inserted();
          await gate;
          return r;
        });
        await firstInserted;
        // The second finds no committed case, and its insert waits on the first's uncommitted row.
        const second = other.db
          .transaction()
          .execute((trx) => openCasesFromVerdicts(trx, clock, [verdictNotice({ contentId: 'lst-race' })]));
        await new Promise((r) => setTimeout(r, 100));
        commitFirst();
        const [a, b] = await Promise.all([first, second]);
        expect(a.opened).toHaveLength(1);
        expect(b).toEqual({ opened: [], joined: a.opened });
        const rows = await t.db.selectFrom('govCases').selectAll().where('targetId', '=', 'lst-race').execute();
        expect(rows).toHaveLength(1);
        expect(readEvidence(rows[0]!.evidence).verdictIds).toHaveLength(2);
      } finally {
        await other.close();
      }
    },
  );

  it('opens one case per target when concurrent batches share targets in any order', async () => {
    const other = testDbKind() === 'postgres' ? await openDatabase({ url: t.url!, poolSize: 4 }) : null;
    try {
      const targets = Array.from({ length: 6 }, (_, i) => `lst-shared-${i}`);
      const batches = Array.from({ length: 8 }, (_, b) =>
        // Each batch names every target, rotated so no two start in the same place.
        targets.map((_, i) => verdictNotice({ contentId: targets[(i + b) % targets.length]! })),
      );
      await Promise.all(
        batches.map((notices, b) =>
          (b % 2 === 0 || !other ? t.db : other.db)
            .transaction()
            .execute((trx) => openCasesFromVerdicts(trx, clock, notices)),
        ),
      );
      const rows = await t.db.selectFrom('govCases').selectAll().where('targetId', 'like', 'lst-shared-%').execute();
      expect(rows.map((r) => r.targetId).sort()).toEqual(targets);
      for (const r of rows) expect(readEvidence(r.evidence).verdictIds).toHaveLength(batches.length);
    } finally {
      await other?.close();
    }
  });
});
