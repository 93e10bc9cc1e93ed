import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../platform/clock.js';
import { openDatabase } from '../../../platform/db/database.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../../platform/db/test-database.js';
import { readEvidence } from '../cases/case-evidence.js';
import { claimNextCase } from '../cases/case-review.js';
import { findCase, listCaseEvents } from '../cases/cases.repository.js';
import { openCasesFromVerdicts } from '../cases/open-cases-from-verdicts.js';
import { verdictNotice } from '../testing/verdict-notices.js';
import { fileReports, type ReportInput } from './file-reports.js';
import { openCasesFromReports } from './open-cases-from-reports.js';
import { recordReportOutcome } from './report-outcome.js';
import { findReport } from './reports.repository.js';
import { grantTrustedFlagger, listTrustedFlaggers, revokeTrustedFlagger } from './trusted-flaggers.js';

const HOUR = 3_600_000;
let seq = 0;

function report(overrides: Partial<ReportInput> = {}): ReportInput {
  seq++;
  return {
    id: `r-${seq}`,
    source: 'event',
    filedBy: 'events',
    reporterId: 'buyer-1',
    contact: '张三 <zhang@example.com>',
    targetKind: 'listing',
    targetId: 'lst-1',
    category: 'spam',
    explanation: '标题和图片不符，疑似虚假宣传',
    goodFaith: true,
    ...overrides,
  };
}

describe('filing reports', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  const file = (inputs: ReportInput[]) =>
    t.db.transaction().execute(async (trx) => {
      const filed = await fileReports(trx, clock, inputs);
      const cases = await openCasesFromReports(
        trx,
        clock,
        filed.filter((f) => f.status === 'new').map((f) => f.report.id),
      );
      return { filed, cases };
    });

  it('merges a duplicate within the window into the first report, and files a new one after it', async () => {
    const first = await file([report({ targetId: 'lst-dup' })]);
    expect(first.filed[0]!.status).toBe('new');
    expect(first.cases.opened).toHaveLength(1);
    const caseId = first.cases.opened[0]!;
    const firstId = first.filed[0]!.report.id;

    clock.advance(23 * HOUR);
    const dup = await file([report({ targetId: 'lst-dup' })]);
    expect(dup.filed[0]!.status).toBe('merged');
    expect(dup.filed[0]!.report).toMatchObject({ mergedInto: firstId, caseId });
    expect(dup.cases).toMatchObject({ opened: [], joined: [] });
    expect(await findReport(t.db, firstId)).toMatchObject({
      duplicateCount: 1,
      duplicateIds: [dup.filed[0]!.report.id],
    });

    // Another category, or another reporter, is another notice.
    const other = await file([
      report({ targetId: 'lst-dup', category: 'counterfeit' }),
      report({ targetId: 'lst-dup', reporterId: 'buyer-2' }),
    ]);
    expect(other.filed.map((f) => f.status)).toEqual(['new', 'new']);
    expect(other.cases.joined).toEqual([caseId]);

    // Past the window (24 h from the first), the same notice counts again, on the same active case.
    clock.advance(2 * HOUR);
    const later = await file([report({ targetId: 'lst-dup' })]);
    expect(later.filed[0]!.status).toBe('new');
    expect(later.cases.joined).toEqual([caseId]);
    const evidence = readEvidence((await findCase(t.db, caseId))!.evidence);
    expect(evidence.reportIds).toEqual([
      firstId,
      other.filed[0]!.report.id,
      other.filed[1]!.report.id,
      later.filed[0]!.report.id,
    ]);
  });

  it('merges duplicates within one batch, and answers a repeated id with the stored report', async () => {
    const a = report({ targetId: 'lst-batch' });
    const b = report({ targetId: 'lst-batch' });
    const { filed, cases } = await file([a, b]);
    expect(filed.map((f) => f.status)).toEqual(['new', 'merged']);
    expect(filed[0]!.report).toMatchObject({ duplicateCount: 1, duplicateIds: [b.id] });
    expect(cases.opened).toHaveLength(1);
    // The duplicate gets the case of its first report.
    expect(await findReport(t.db, b.id!)).toMatchObject({ mergedInto: a.id, caseId: cases.opened[0] });
    const again = await file([a]);
    expect(again.filed.map((f) => f.status)).toEqual(['existing']);
    expect(again.cases).toMatchObject({ opened: [], joined: [] });
  });

  it.runIf(testDbKind() === 'postgres')('merges one notice filed twice at once by two processes', async () => {
    const other = await openDatabase({ url: t.url!, poolSize: 2 });
    try {
      let commitFirst!: () => void;
      const gate = new Promise<void>((r) => {
        commitFirst = r;
      });
      let filedFirst!: () => void;
      const firstFiled = new Promise<void>((r) => {
        filedFirst = r;
      });
      const first = t.db.transaction().execute(async (trx) => {
        const r = await fileReports(trx, clock, [report({ targetId: 'lst-race' })]);
        filedFirst();
        await gate;
        return r;
      });
      await firstFiled;
      // The second waits on the first's lock on the notice, then finds its report.
      const second = other.db
        .transaction()
        .execute((trx) => fileReports(trx, clock, [report({ targetId: 'lst-race' })]));
      await new Promise((r) => setTimeout(r, 100));
      commitFirst();
      const [a, b] = await Promise.all([first, second]);
      expect(a[0]!.status).toBe('new');
      expect(b[0]!).toMatchObject({ status: 'merged', report: { mergedInto: a[0]!.report.id } });
    } finally {
      await other.close();
    }
  });

  it('never merges reports that name no reporter', async () => {
    const anon = { reporterId: undefined, contact: undefined, category: 'child_sexual_abuse', targetId: 'lst-anon' };
    const { filed } = await file([report(anon), report(anon)]);
    expect(filed.map((f) => f.status)).toEqual(['new', 'new']);
  });

  it('groups the reports on one target into one case, graver category and severity first', async () => {
    const { cases } = await file([
      report({ targetId: 'lst-group', reporterId: 'u-a' }),
      report({ targetId: 'lst-group', reporterId: 'u-b', category: 'counterfeit' }),
      report({ targetId: 'lst-other', reporterId: 'u-a' }),
    ]);
    expect(cases.opened).toHaveLength(2);
    const grouped = (await t.db.selectFrom('govCases').selectAll().where('targetId', '=', 'lst-group').execute())[0]!;
    expect(grouped).toMatchObject({ source: 'report', category: 'counterfeit', severity: 4, priority: 'high' });
    expect(readEvidence(grouped.evidence).reportIds).toHaveLength(2);
    const events = await listCaseEvents(t.db, grouped.id);
    expect(events[0]).toMatchObject({ type: 'opened', actor: 'system:reports' });
    const audit = await t.db.selectFrom('auditEntries').selectAll().where('subject', '=', grouped.id).execute();
    expect(audit.map((a) => [a.action, a.actor])).toEqual([['case.opened', 'system:reports']]);
  });

  it("adds a report to the target's active screening case instead of opening one", async () => {
    const verdict = verdictNotice({ contentId: 'lst-screened', subjectId: 'mch-7' });
    const { opened } = await t.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, [verdict]));
    const { filed, cases } = await file([report({ targetId: 'lst-screened' })]);
    expect(cases).toMatchObject({ opened: [], joined: opened });
    const row = (await findCase(t.db, opened[0]!))!;
    expect(row.source).toBe('screening');
    expect(readEvidence(row.evidence)).toMatchObject({
      verdictIds: [verdict.verdictId],
      reportIds: [filed[0]!.report.id],
    });
    const events = await listCaseEvents(t.db, row.id);
    expect(events.at(-1)).toMatchObject({
      type: 'evidence_added',
      actor: 'system:reports',
      data: { reportIds: [filed[0]!.report.id] },
    });

    // Once that case is decided, the next report opens a report case with the subject screening knew.
    await t.db.updateTable('govCases').set({ state: 'decided' }).where('id', '=', row.id).execute();
    const next = await file([report({ targetId: 'lst-screened', reporterId: 'u-next' })]);
    const reportCase = (await findCase(t.db, next.cases.opened[0]!))!;
    expect(reportCase).toMatchObject({ source: 'report', subjectKind: 'merchant', subjectId: 'mch-7' });
  });

  it('takes the subject a filer names, the account itself, or leaves it unknown', async () => {
    const named = await file([
      report({ targetId: 'lst-named', subject: { kind: 'merchant', id: 'mch-named' } }),
      report({ targetKind: 'host', targetId: 'host-5' }),
      report({ targetKind: 'live_session', targetId: 'sess-5' }),
    ]);
    const subjects = await Promise.all(
      named.filed.map(async (f) => {
        const c = (await findCase(t.db, (await findReport(t.db, f.report.id))!.caseId!))!;
        return [c.subjectKind, c.subjectId];
      }),
    );
    expect(subjects).toEqual([
      ['merchant', 'mch-named'],
      ['host', 'host-5'],
      ['host', 'unknown'],
    ]);
  });

  it('gives a case of an unknown subject the subject a later verdict names', async () => {
    const { cases } = await file([report({ targetId: 'lst-learn' })]);
    expect((await findCase(t.db, cases.opened[0]!))!.subjectId).toBe('unknown');
    await t.db
      .transaction()
      .execute((trx) =>
        openCasesFromVerdicts(trx, clock, [verdictNotice({ contentId: 'lst-learn', subjectId: 'mch-9' })]),
      );
    expect((await findCase(t.db, cases.opened[0]!))!).toMatchObject({ subjectKind: 'merchant', subjectId: 'mch-9' });
    const events = await listCaseEvents(t.db, cases.opened[0]!);
    expect(events.at(-1)!.data).toMatchObject({ subject: { kind: 'merchant', id: 'mch-9' } });
  });

  it('records the outcome on every report of the case, once, and tells each reporter', async () => {
    const { filed, cases } = await file([
      report({ targetId: 'lst-out', reporterId: 'u-o1' }),
      report({ targetId: 'lst-out', reporterId: 'u-o1' }),
      report({ targetId: 'lst-out', reporterId: 'u-o2' }),
    ]);
    const caseId = cases.opened[0]!;
    const decided = await t.db.transaction().execute((trx) => recordReportOutcome(trx, clock, caseId, true));
    expect(decided.reportIds.sort()).toEqual(filed.map((f) => f.report.id).sort());
    const messages = await t.db.selectFrom('outboxMessages').selectAll().where('type', '=', 'report.decided').execute();
    const data = messages.map((m) => (typeof m.payload === 'string' ? JSON.parse(m.payload) : m.payload).data);
    expect(data.map((d: { reportId: string }) => d.reportId).sort()).toEqual(decided.reportIds.sort());
    expect(data[0]).toMatchObject({ caseId, outcome: 'violation', targetType: 'listing', targetId: 'lst-out' });
    expect(JSON.stringify(data)).not.toContain('u-o1');
    // The same answer again tells nobody twice.
    const again = await t.db.transaction().execute((trx) => recordReportOutcome(trx, clock, caseId, true));
    expect(again.reportIds).toEqual([]);
  });
});

describe('trusted flaggers', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  const fileAndOpen = (inputs: ReportInput[]) =>
    t.db.transaction().execute(async (trx) => {
      const filed = await fileReports(trx, clock, inputs);
      return openCasesFromReports(
        trx,
        clock,
        filed.map((f) => f.report.id),
      );
    });

  it('go first: their reports are high priority and the next case of the queue', async () => {
    await t.db
      .transaction()
      .execute((trx) =>
        grantTrustedFlagger(trx, clock, { reporterId: 'tf-1', name: '消费者协会', actor: 'user:usr_lead' }),
      );
    const ordinary = await fileAndOpen([report({ targetId: 'lst-plain', reporterId: 'buyer-9' })]);
    clock.advance(60_000);
    const trusted = await fileAndOpen([report({ targetId: 'lst-flagged', reporterId: 'tf-1' })]);
    expect((await findCase(t.db, ordinary.opened[0]!))!.priority).toBe('normal');
    expect((await findCase(t.db, trusted.opened[0]!))!.priority).toBe('high');
    const reviewer = { kind: 'staff', actor: 'user:usr_rev', role: 'reviewer' } as const;
    const next = await claimNextCase(t.db, clock, 'general', reviewer);
    expect(next?.id).toBe(trusted.opened[0]);
    expect((await claimNextCase(t.db, clock, 'general', reviewer))?.id).toBe(ordinary.opened[0]);
  });

  it('raise an ordinary case of the target they report on', async () => {
    const plain = await fileAndOpen([report({ targetId: 'lst-raise', reporterId: 'buyer-8' })]);
    await fileAndOpen([report({ targetId: 'lst-raise', reporterId: 'tf-1' })]);
    expect((await findCase(t.db, plain.opened[0]!))!.priority).toBe('high');
  });

  it('have their accuracy counted from the outcomes of their reports, also after revocation', async () => {
    const a = await fileAndOpen([report({ targetId: 'lst-acc-1', reporterId: 'tf-1' })]);
    const b = await fileAndOpen([report({ targetId: 'lst-acc-2', reporterId: 'tf-1' })]);
    await t.db.transaction().execute(async (trx) => {
      await recordReportOutcome(trx, clock, a.opened[0]!, true);
      await recordReportOutcome(trx, clock, b.opened[0]!, false);
    });
    await t.db
      .transaction()
      .execute((trx) => revokeTrustedFlagger(trx, clock, { reporterId: 'tf-1', reason: 'mandate ended', actor: 'x' }));
    const [tf] = await listTrustedFlaggers(t.db);
    // lst-flagged, lst-raise, lst-acc-1, lst-acc-2: four filed, two decided, one a violation.
    expect(tf).toMatchObject({ reporterId: 'tf-1', active: false, reports: { filed: 4, decided: 2, violated: 1 } });
    expect(tf!.accuracy).toBe(0.5);
    // A reversal moves the count.
    await t.db.transaction().execute((trx) => recordReportOutcome(trx, clock, b.opened[0]!, true));
    expect((await listTrustedFlaggers(t.db))[0]).toMatchObject({ reports: { violated: 2 }, accuracy: 1 });
    // Revoked: a new report is ordinary again.
    const after = await fileAndOpen([report({ targetId: 'lst-after', reporterId: 'tf-1' })]);
    expect((await findCase(t.db, after.opened[0]!))!.priority).toBe('normal');
  });
});
