import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { sessionCalls } from '../../../../test/support/session-calls.js';
import { ManualClock } from '../../../platform/clock.js';
import { findCase } from '../cases/cases.repository.js';
import { openCasesFromVerdicts } from '../cases/open-cases-from-verdicts.js';
import { registerGovernance } from '../index.js';
import { DAY_MS } from '../rules/points-ladder.js';
import { verdictNotice } from '../testing/verdict-notices.js';

type Json = Record<string, any>;

describe('GET /v1/portal/decisions: a merchant reads the decisions about itself', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let f: PlatformFixture;
  let reviewer: string;
  let lead: string;
  let merchantA: string;
  let merchantB: string;
  let host: string;

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerGovernance(f.platform);
    [reviewer, lead, merchantA, merchantB, host] = await Promise.all([
      f.login('reviewer'),
      f.login('lead'),
      f.login('merchant', 'mch-pd-a'),
      f.login('merchant', 'mch-pd-b'),
      // A host bound to the same id as merchant A: the kinds must not mix.
      f.login('host', 'mch-pd-a'),
    ]);
    ofA = await decided('mch-pd-a');
    clock.advance(60_000);
    ofB = await decided('mch-pd-b');
  });
  afterAll(() => f.close());

  let ofA: Json;
  let ofB: Json;

  const { ok, refused } = sessionCalls(() => f.app);

  const decided = async (subjectId: string): Promise<Json> => {
    const notice = verdictNotice({ subjectId });
    const { opened } = await f.platform.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, [notice]));
    const caseId = opened[0]!;
    const queue = (await findCase(f.platform.db, caseId))!.queue;
    expect((await ok('POST', `/v1/queues/${queue}/next`, reviewer)).case.id).toBe(caseId);
    return ok('POST', `/v1/cases/${caseId}/decision`, reviewer, {
      violationType: 'diversion',
      facts: '商品详情引导买家加微信私下交易。',
      language: 'en',
    });
  };

  it('lists only its own decisions, with sanctions, statement and the appeal deadline, without reviewers', async () => {
    const { items } = await ok('GET', '/v1/portal/decisions', merchantA);
    expect(items.map((d: Json) => d.id)).toEqual([ofA.id]);
    const [d] = items;
    expect(d).toMatchObject({ status: 'in_effect', language: 'en', decidedBy: null, confirmedBy: null });
    expect(d.statement).toBe(ofA.statement);
    expect(d.sanctions.map((s: Json) => s.id)).toEqual(ofA.sanctions.map((s: Json) => s.id));
    expect(new Date(d.appealClosesAt).getTime() - new Date(ofA.effectiveAt).getTime()).toBe(180 * DAY_MS);

    expect((await ok('GET', '/v1/portal/decisions', merchantB)).items.map((x: Json) => x.id)).toEqual([ofB.id]);
    expect((await ok('GET', '/v1/portal/decisions', host)).items).toEqual([]);
  });

  it('gives a merchant 404 for another merchant’s decision, read or appealed', async () => {
    await refused('GET', `/v1/decisions/${ofB.id}`, merchantA, undefined, 404, 'governance.decision_not_found');
    await refused('GET', `/v1/portal/decisions/${ofB.id}`, merchantA, undefined, 404, 'governance.decision_not_found');
    await refused('GET', `/v1/portal/decisions/${ofA.id}`, host, undefined, 404, 'governance.decision_not_found');
    const own = await ok('GET', `/v1/portal/decisions/${ofA.id}`, merchantA);
    expect(own).toMatchObject({ id: ofA.id, decidedBy: null, appealClosesAt: expect.any(String) });
    await refused(
      'POST',
      `/v1/decisions/${ofB.id}/appeals`,
      merchantA,
      { text: 'not mine', attachments: [] },
      404,
      'governance.decision_not_found',
    );
    await refused(
      'GET',
      '/v1/subjects/merchant/mch-pd-b/points',
      merchantA,
      undefined,
      404,
      'governance.subject_not_found',
    );
    const sanctions = await ok('GET', '/v1/sanctions?subject=mch-pd-b', merchantA);
    expect(sanctions.items).toEqual([]);
  });

  it('shows a reversed decision without an appeal deadline', async () => {
    await ok('POST', `/v1/decisions/${ofA.id}/reverse`, lead, { reason: 'listing was authorised' });
    const { items } = await ok('GET', '/v1/portal/decisions', merchantA);
    expect(items[0]).toMatchObject({ id: ofA.id, status: 'reversed', appealClosesAt: null });
    expect(await ok('GET', `/v1/portal/decisions/${ofA.id}`, merchantA)).toMatchObject({ appealClosesAt: null });
  });

  it('is for parties only', async () => {
    await refused('GET', '/v1/portal/decisions', reviewer, undefined, 403, 'auth.forbidden');
    await refused('GET', '/v1/portal/decisions?limit=0', merchantA, undefined, 400, 'http.validation_failed');
  });
});
