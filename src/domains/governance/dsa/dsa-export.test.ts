import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { ManualClock } from '../../../platform/clock.js';
import type { VerdictNotice } from '../../screening/index.js';
import { findCase } from '../cases/cases.repository.js';
import { openCasesFromVerdicts } from '../cases/open-cases-from-verdicts.js';
import { defaultViolationCatalogue } from '../decisions/default-violation-catalogue.js';
import { registerGovernance } from '../index.js';
import { fileReports } from '../reports/file-reports.js';
import { openCasesFromReports } from '../reports/open-cases-from-reports.js';
import { grantTrustedFlagger } from '../reports/trusted-flaggers.js';
import { stopStreamNotice, verdictNotice } from '../testing/verdict-notices.js';
import { exportDsaStatements } from './dsa-queries.js';
import { parseDsaRange } from './dsa-range.js';
import { validateStatement } from './validate-dsa-statement.js';
import { writeDsaExport } from './write-dsa-export.js';

type Json = Record<string, any>;

// Decisions taken through the real decide path, exported and checked against the API's rules.
describe('DSA statements of reasons for decisions taken', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  const catalogue = defaultViolationCatalogue();
  let f: PlatformFixture;
  let reviewer: string;
  let lead: string;
  let analyst: string;
  let merchant: string;
  const decided: Json[] = [];
  let warnOnly: string;

  // Personal data the export must never carry.
  const PHONE = '13800138000';
  const REPORTER_CONTACT = 'reporter@example.com';
  const facts = `买家反映卖家“张伟”让其拨打 ${PHONE} 加微信私下转账。`;
  const subjects = ['mch-dsa-1', 'mch-dsa-2', 'host-dsa-1'];
  const targets = ['lst-dsa-1', 'lst-dsa-2', 'lst-dsa-3', 'live-dsa-1'];

  const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: unknown) =>
    f.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as Json }) });
  const ok = async (method: 'GET' | 'POST', url: string, cookie: string, payload?: unknown): Promise<any> => {
    const res = await call(method, url, cookie, payload);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  const claim = async (caseId: string) => {
    const queue = (await findCase(f.platform.db, caseId))!.queue;
    const claimed = await ok('POST', `/v1/queues/${queue}/next`, reviewer);
    expect(claimed.case.id).toBe(caseId);
  };
  const fromVerdict = async (notice: VerdictNotice) => {
    const { opened } = await f.platform.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, [notice]));
    await claim(opened[0]!);
    return opened[0]!;
  };
  const fromReport = async (targetId: string, subjectId: string, reporterId: string) => {
    const caseId = await f.platform.db.transaction().execute(async (trx) => {
      const [filed] = await fileReports(trx, clock, [
        {
          source: 'api',
          filedBy: 'test',
          reporterId,
          contact: REPORTER_CONTACT,
          targetKind: 'listing',
          targetId,
          subject: { kind: 'merchant', id: subjectId },
          category: 'counterfeit',
          explanation: `假货，卖家电话 ${PHONE}`,
          goodFaith: true,
        },
      ]);
      const cases = await openCasesFromReports(trx, clock, [filed!.report.id]);
      return cases.caseOf.get(filed!.report.id)!;
    });
    await claim(caseId);
    return caseId;
  };
  const decide = async (caseId: string, body: Json) => {
    const d = await ok('POST', `/v1/cases/${caseId}/decision`, reviewer, { facts, language: 'zh-CN', ...body });
    expect(d.status).toBe('in_effect');
    decided.push(d);
    return d;
  };

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerGovernance(f.platform);
    [reviewer, lead, analyst, merchant] = await Promise.all([
      f.login('reviewer'),
      f.login('lead'),
      f.login('analyst'),
      f.login('merchant', 'mch-dsa-1'),
    ]);
    await f.platform.db
      .transaction()
      .execute((trx) => grantTrustedFlagger(trx, clock, { reporterId: 'tf-1', name: 'Consumer Watch', actor: 'test' }));

    // Screening → listing removed and new listings forbidden.
    await decide(await fromVerdict(verdictNotice({ contentId: 'lst-dsa-1', subjectId: 'mch-dsa-1' })), {
      violationType: 'diversion',
      actions: [{ type: 'remove_listing' }, { type: 'forbid_new_listings', days: 7 }],
    });
    clock.advance(60_000);
    // A stopped stream; 24 serious points fire the ladder's automatic live suspensions.
    await decide(await fromVerdict(stopStreamNotice('live-dsa-1', 'host-dsa-1')), {
      violationType: 'gambling',
      actions: [{ type: 'stop_stream' }, { type: 'suspend_live', days: 3 }],
    });
    clock.advance(60_000);
    // A notice (Art. 16), then a trusted flagger's notice; the second decision is reversed later.
    await decide(await fromReport('lst-dsa-2', 'mch-dsa-2', 'buyer-77'), {
      violationType: 'counterfeit',
      actions: [{ type: 'remove_listing' }],
    });
    clock.advance(60_000);
    const flagged = await decide(await fromReport('lst-dsa-3', 'mch-dsa-2', 'tf-1'), {
      violationType: 'counterfeit',
      actions: [{ type: 'remove_listing' }],
    });
    clock.advance(60_000);
    // A warning alone restricts nothing: no statement.
    const warned = await ok(
      'POST',
      `/v1/cases/${await fromVerdict(verdictNotice({ contentId: 'lst-dsa-4', subjectId: 'mch-dsa-1' }))}/decision`,
      reviewer,
      { violationType: 'spam_seo', actions: [{ type: 'warn' }], facts, language: 'zh-CN' },
    );
    warnOnly = warned.id;
    clock.advance(3_600_000);
    await ok('POST', `/v1/decisions/${flagged.id}/reverse`, lead, { reason: `appeal upheld, call ${PHONE}` });
  });
  afterAll(() => f.close());

  const day = { from: '2026-12-03T00:00:00Z', to: '2026-12-04T00:00:00Z' };

  it('exports one valid statement per restricting decision, reversed ones included', async () => {
    const { statements, skipped } = await exportDsaStatements(
      f.platform.db,
      catalogue,
      parseDsaRange(day.from, day.to),
    );
    expect(statements.map((s) => s.puid)).toEqual(decided.map((d) => `xinren-${d.id}`));
    expect(skipped).toBe(1);
    expect(statements.map((s) => s.puid)).not.toContain(`xinren-${warnOnly}`);
    for (const s of statements) expect(validateStatement(s as unknown as Record<string, unknown>), s.puid).toEqual([]);
    expect(new Set(statements.map((s) => s.puid)).size).toBe(statements.length);

    const [listing, stream, notice, flagged] = statements;
    expect(listing).toMatchObject({
      source_type: 'SOURCE_VOLUNTARY',
      automated_detection: 'Yes',
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION',
      end_date_service_restriction: '2026-12-10',
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      application_date: '2026-12-03',
    });
    expect(stream).toMatchObject({
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_DISABLED'],
      decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION',
      content_type: ['CONTENT_TYPE_VIDEO'],
      automated_decision: 'AUTOMATED_DECISION_PARTIALLY',
    });
    expect(notice).toMatchObject({ source_type: 'SOURCE_ARTICLE_16', automated_detection: 'No' });
    expect(flagged).toMatchObject({ source_type: 'SOURCE_TRUSTED_FLAGGER', automated_detection: 'No' });
  });

  it('keeps personal data out: no facts, phone numbers, contacts, people’s or targets’ ids', async () => {
    const { statements } = await exportDsaStatements(f.platform.db, catalogue, parseDsaRange(day.from, day.to));
    const text = JSON.stringify(statements);
    for (const secret of [
      PHONE,
      REPORTER_CONTACT,
      '张伟',
      facts,
      'buyer-77',
      'tf-1',
      'Consumer Watch',
      ...subjects,
      ...targets,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/usr_|user:|cas_/);
  });

  it('gives the same puids on every export', async () => {
    const range = parseDsaRange(day.from, day.to);
    const first = await exportDsaStatements(f.platform.db, catalogue, range);
    const again = await exportDsaStatements(f.platform.db, catalogue, range);
    expect(again.statements).toEqual(first.statements);
  });

  it('answers GET /v1/dsa/statements with the same JSON array, for staff and platform keys', async () => {
    const url = `/v1/dsa/statements?from=${day.from}&to=${day.to}`;
    const body = await ok('GET', url, analyst);
    expect(Array.isArray(body)).toBe(true);
    expect(body.map((s: Json) => s.puid)).toEqual(decided.map((d) => `xinren-${d.id}`));
    const key = await f.apiKey(['read']);
    const byKey = await f.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
    expect(byKey.statusCode, byKey.body).toBe(200);
    expect(byKey.json()).toEqual(body);
    expect(await ok('GET', `/v1/dsa/statements?from=2026-12-05T00:00:00Z&to=2026-12-06T00:00:00Z`, lead)).toEqual([]);
  });

  it('refuses reviewers, merchants and keys bound to a merchant', async () => {
    const url = `/v1/dsa/statements?from=${day.from}&to=${day.to}`;
    expect((await call('GET', url, reviewer)).statusCode).toBe(403);
    expect((await call('GET', url, merchant)).statusCode).toBe(403);
    const bound = await f.apiKey(['read'], 'mch-dsa-1');
    const res = await f.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${bound}` } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.forbidden');
  });

  it.each([
    ['', 'from missing'],
    ['?from=2026-12-03T00:00:00Z', 'to missing'],
    ['?from=yesterday&to=2026-12-04T00:00:00Z', 'not ISO'],
    ['?from=2026-12-04T00:00:00Z&to=2026-12-03T00:00:00Z', 'inverted'],
    ['?from=2026-12-03T00:00:00Z&to=2026-12-03T00:00:00Z', 'empty'],
    ['?from=2026-10-01T00:00:00Z&to=2026-12-03T00:00:00Z', 'longer than 31 days'],
  ])('answers 400 governance.dsa_range_invalid for %s (%s)', async (query) => {
    const res = await call('GET', `/v1/dsa/statements${query}`, analyst);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('governance.dsa_range_invalid');
  });

  it('writes long exports window by window as one JSON array', async () => {
    let text = '';
    const seen: number[] = [];
    const summary = await writeDsaExport(
      f.platform.db,
      catalogue,
      parseDsaRange('2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z'),
      (chunk) => {
        text += chunk;
      },
      (p) => seen.push(p.written),
    );
    expect(summary).toEqual({ written: decided.length, skipped: 1 });
    expect(seen.length).toBeGreaterThan(4);
    expect((JSON.parse(text) as Json[]).map((s) => s.puid)).toEqual(decided.map((d) => `xinren-${d.id}`));

    let empty = '';
    await writeDsaExport(
      f.platform.db,
      catalogue,
      parseDsaRange('2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z'),
      (c) => {
        empty += c;
      },
    );
    expect(JSON.parse(empty)).toEqual([]);
  });
});
