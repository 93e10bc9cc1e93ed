import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../test/support/platform-fixture.js';
import type { ScreenFinding } from './engine/screen-text.js';
import { insertVerdicts, type NewVerdict } from './screening.repository.js';

const finding = (term: string, category: ScreenFinding['category'] = 'diversion'): ScreenFinding => ({
  category,
  severity: 3,
  term,
  section: 'text',
  line: 1,
  start: 0,
  end: term.length,
  text: term,
});

describe('GET /v1/screening/verdicts', () => {
  let f: PlatformFixture;
  let reviewer: string;
  const verdicts: NewVerdict[] = [];

  beforeAll(async () => {
    f = await platformFixture();
    reviewer = await f.login('reviewer');
    const base = Date.parse('2026-11-25T08:00:00Z');
    // 30 verdicts; every three share a timestamp, so the cursor must break ties by id.
    for (let i = 0; i < 30; i++) {
      const kind = i % 3 === 0 ? 'live_segment' : 'listing';
      verdicts.push({
        id: `vrd_${String(i).padStart(4, '0')}`,
        contentKind: kind,
        contentId: kind === 'listing' ? `lst-${i}` : `sess-${i}:1`,
        subjectId: i % 2 === 0 ? 'mch-even' : 'mch-odd',
        eventSource: 'test://shop',
        eventId: `e-${i}`,
        outcome: i % 5 === 0 ? 'block' : 'review',
        score: 0.5,
        findings: i === 7 ? [finding('加微信')] : [finding('高仿', 'counterfeit')],
        policy: 'default',
        createdAt: new Date(base + Math.floor(i / 3) * 1_000),
      });
    }
    await insertVerdicts(f.handle.db, verdicts);
  });
  afterAll(() => f.close());

  const list = async (query: string, cookie = reviewer) => {
    const res = await f.app.inject({ method: 'GET', url: `/v1/screening/verdicts${query}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: any[]; nextBefore: string | null };
  };

  it('lists the newest first, with findings and ISO times', async () => {
    const page = await list('?limit=3');
    expect(page.items.map((v) => v.id)).toEqual(['vrd_0029', 'vrd_0028', 'vrd_0027']);
    expect(page.items[0]).toEqual({
      id: 'vrd_0029',
      contentKind: 'listing',
      contentId: 'lst-29',
      subjectId: 'mch-odd',
      outcome: 'review',
      score: 0.5,
      findings: [finding('高仿', 'counterfeit')],
      policy: 'default',
      createdAt: '2026-11-25T08:00:09.000Z',
    });
    expect(page.nextBefore).toBe('vrd_0027');
  });

  it('pages through every verdict exactly once with the cursor', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page = await list(`?limit=7${before ? `&before=${before}` : ''}`);
      seen.push(...page.items.map((v) => v.id));
      before = page.nextBefore;
      if (!before) break;
    }
    expect(seen).toEqual(verdicts.map((v) => v.id).reverse());
  });

  it('filters by kind, outcome, subject and text', async () => {
    const blocks = await list('?outcome=block&limit=200');
    expect(blocks.items.map((v) => v.id)).toEqual([
      'vrd_0025',
      'vrd_0020',
      'vrd_0015',
      'vrd_0010',
      'vrd_0005',
      'vrd_0000',
    ]);
    expect(blocks.nextBefore).toBeNull();
    const live = await list('?kind=live_segment&subject=mch-even&limit=200');
    expect(live.items.map((v) => v.id)).toEqual(['vrd_0024', 'vrd_0018', 'vrd_0012', 'vrd_0006', 'vrd_0000']);
    expect((await list('?q=加微信')).items.map((v) => v.id)).toEqual(['vrd_0007']);
    expect((await list('?q=LST-1')).items.map((v) => v.id)).toEqual([
      'vrd_0019',
      'vrd_0017',
      'vrd_0016',
      'vrd_0014',
      'vrd_0013',
      'vrd_0011',
      'vrd_0010',
      'vrd_0001',
    ]);
    // LIKE wildcards are literal.
    expect((await list('?q=%25')).items).toEqual([]);
    const filteredPage = await list('?kind=listing&limit=4&before=vrd_0020');
    expect(filteredPage.items.map((v) => v.id)).toEqual(['vrd_0019', 'vrd_0017', 'vrd_0016', 'vrd_0014']);
  });

  it('answers 400 to a bad filter and 403 to a merchant', async () => {
    const bad = await f.app.inject({
      method: 'GET',
      url: '/v1/screening/verdicts?limit=500',
      headers: { cookie: reviewer },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('http.validation_failed');
    const outcome = await f.app.inject({
      method: 'GET',
      url: '/v1/screening/verdicts?outcome=maybe',
      headers: { cookie: reviewer },
    });
    expect(outcome.statusCode).toBe(400);
    const merchant = await f.login('merchant', 'mch-even');
    const res = await f.app.inject({ method: 'GET', url: '/v1/screening/verdicts', headers: { cookie: merchant } });
    expect(res.statusCode).toBe(403);
  });
});
