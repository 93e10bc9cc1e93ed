import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import type { LexiconEntry } from '../lexicon/lexicon-entry.js';

let names = 0;
const freshName = () => `test-lex-${++names}`;

const entry = (term: string, category: LexiconEntry['category'] = 'fraud', severity = 3): LexiconEntry => ({
  term,
  category,
  severity,
  kinds: [],
});

describe('the lexicon store API', () => {
  let f: PlatformFixture;
  let admin: string;
  let lead: string;
  let reviewer: string;

  beforeAll(async () => {
    f = await platformFixture();
    admin = await f.login('admin');
    lead = await f.login('lead');
    reviewer = await f.login('reviewer');
  }, 60_000);
  afterAll(() => f.close());

  const get = (url: string, cookie = admin) => f.app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (url: string, payload: object, cookie = lead) =>
    f.app.inject({ method: 'POST', url, headers: { cookie }, payload });

  /** Creates a terms lexicon with these entries as version 1. */
  const create = async (entries: LexiconEntry[], name = freshName()) => {
    const res = await post(`/v1/screening/lexicons/${name}/edits`, { baseVersion: 0, upsert: entries, note: 'start' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(1);
    return name;
  };
  const entriesOf = async (name: string, query = '') => {
    const res = await get(`/v1/screening/lexicons/${name}?limit=500${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('seeds the shipped lexicons as version 1 by system before the first request', async () => {
    const res = await get('/v1/screening/lexicons');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { name: string; kind: string; version: number; updatedBy: string }[];
    const byName = new Map(items.map((i) => [i.name, i]));
    expect(byName.get('houbb')).toMatchObject({ kind: 'terms', version: 1, updatedBy: 'system' });
    expect(byName.get('xinren-diversion')).toMatchObject({ kind: 'terms', version: 1 });
    expect(byName.get('allow')).toMatchObject({ kind: 'allow', version: 1 });
    const allow = await entriesOf('allow', '&q=最近');
    expect(allow.entries.map((e: { term: string }) => e.term)).toContain('最近');
  });

  it('makes a new version per edit, with counts against the parent, a version list and a diff', async () => {
    const name = await create([entry('刷单'), entry('套现'), entry('代考', 'fraud', 2)]);
    const res = await post(`/v1/screening/lexicons/${name}/edits`, {
      baseVersion: 1,
      upsert: [entry('代考', 'fraud', 4), entry('假证')],
      remove: [{ term: '套现', category: 'fraud' }],
      note: 'tune',
    });
    expect(res.json()).toEqual({ version: 2, added: 1, removed: 1, changed: 1 });

    const v2 = await entriesOf(name);
    expect(v2).toMatchObject({ name, kind: 'terms', version: 2, total: 3 });
    expect(v2.entries.map((e: LexiconEntry) => [e.term, e.severity])).toEqual([
      ['刷单', 3],
      ['代考', 4],
      ['假证', 3],
    ]);
    const v1 = await entriesOf(name, '&version=1');
    expect(v1.entries.map((e: LexiconEntry) => e.term)).toEqual(['刷单', '套现', '代考']);

    const versions = (await get(`/v1/screening/lexicons/${name}/versions`)).json().items;
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({ version: 2, note: 'tune', entryCount: 3, added: 1, removed: 1, changed: 1 });
    expect(versions[0].createdBy).toMatch(/^user:/);
    expect(versions[1]).toMatchObject({ version: 1, note: 'start', entryCount: 3, added: 3, removed: 0, changed: 0 });

    const diff = (await get(`/v1/screening/lexicons/${name}/diff?from=1&to=2`)).json();
    expect(diff.from).toBe(1);
    expect(diff.to).toBe(2);
    expect(diff.added.map((e: LexiconEntry) => e.term)).toEqual(['假证']);
    expect(diff.removed.map((e: LexiconEntry) => e.term)).toEqual(['套现']);
    expect(diff.changed).toEqual([{ before: entry('代考', 'fraud', 2), after: entry('代考', 'fraud', 4) }]);
    // Default: the current version against the one before it.
    expect((await get(`/v1/screening/lexicons/${name}/diff`)).json()).toEqual(diff);

    const list = (await get('/v1/screening/lexicons')).json().items;
    expect(list.find((l: { name: string }) => l.name === name)).toMatchObject({ version: 2, entryCount: 3 });
  });

  it('identifies terms by (term, category); a removal without category takes every category', async () => {
    const name = await create([entry('博彩', 'gambling'), entry('博彩', 'spam_seo', 2), entry('赌球', 'gambling')]);
    expect((await entriesOf(name, '&category=spam_seo')).entries).toEqual([entry('博彩', 'spam_seo', 2)]);
    const res = await post(`/v1/screening/lexicons/${name}/edits`, { baseVersion: 1, remove: [{ term: '博彩' }] });
    expect(res.json()).toMatchObject({ version: 2, removed: 2 });
    expect((await entriesOf(name)).entries).toEqual([entry('赌球', 'gambling')]);
  });

  it('searches and pages the entries of a version', async () => {
    const name = await create(['a1', 'b1', 'A2', 'a3'].map((t) => entry(t)));
    const page = (await get(`/v1/screening/lexicons/${name}?q=a&limit=2&offset=1`)).json();
    expect(page.total).toBe(3);
    expect(page.entries.map((e: LexiconEntry) => e.term)).toEqual(['A2', 'a3']);
  });

  it('answers 409 screening.version_conflict to a stale baseVersion and changes nothing', async () => {
    const name = await create([entry('刷单')]);
    await post(`/v1/screening/lexicons/${name}/edits`, { baseVersion: 1, upsert: [entry('刷信誉')] });
    const stale = await post(`/v1/screening/lexicons/${name}/edits`, { baseVersion: 1, upsert: [entry('刷好评')] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('screening.version_conflict');
    const now = await entriesOf(name);
    expect(now.version).toBe(2);
    expect(now.entries.map((e: LexiconEntry) => e.term)).toEqual(['刷单', '刷信誉']);
  });

  it('lets exactly one of two concurrent edits from the same version win', async () => {
    const name = await create([entry('刷单')]);
    const results = await Promise.all(
      ['甲', '乙', '丙'].map((t, i) =>
        post(
          `/v1/screening/lexicons/${name}/edits`,
          { baseVersion: 1, upsert: [entry(`词${t}`)] },
          i % 2 ? admin : lead,
        ),
      ),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409]);
    const now = await entriesOf(name);
    expect(now.version).toBe(2);
    expect(now.total).toBe(2);
    expect((await get(`/v1/screening/lexicons/${name}/versions`)).json().items).toHaveLength(2);
  });

  it('answers 400 to invalid entries and changes nothing', async () => {
    const name = await create([entry('刷单')]);
    const cases: [object, string][] = [
      [{ baseVersion: 1, upsert: [{ ...entry('x'), severity: 9 }] }, 'http.validation_failed'],
      [{ baseVersion: 1, upsert: [{ ...entry('x'), category: 'nonsense' }] }, 'http.validation_failed'],
      [
        { baseVersion: 1, upsert: [{ term: ' edge ', category: 'fraud', severity: 3, kinds: [] }] },
        'http.validation_failed',
      ],
      // An allow-list entry in a terms lexicon.
      [{ baseVersion: 1, upsert: [{ term: '最近' }] }, 'screening.invalid_entry'],
      [{ baseVersion: 1, upsert: [entry('y'), entry('y')] }, 'screening.invalid_entry'],
      [{ baseVersion: 1, upsert: [entry('刷单', 'fraud', 5)], remove: [{ term: '刷单' }] }, 'screening.invalid_entry'],
      [{ baseVersion: 1, remove: [{ term: '没有这个词' }] }, 'screening.invalid_entry'],
    ];
    for (const [body, code] of cases) {
      const res = await post(`/v1/screening/lexicons/${name}/edits`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe(code);
    }
    const now = await entriesOf(name);
    expect(now.version).toBe(1);
    expect(now.entries).toEqual([entry('刷单')]);
  });

  it('answers 404 to an unknown lexicon or version', async () => {
    const missing = await get('/v1/screening/lexicons/no-such-lexicon');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('screening.lexicon_not_found');
    const edit = await post('/v1/screening/lexicons/no-such-lexicon/edits', { baseVersion: 3, upsert: [entry('x')] });
    expect(edit.json().error.code).toBe('screening.lexicon_not_found');
    const name = await create([entry('刷单')]);
    const v = await get(`/v1/screening/lexicons/${name}?version=7`);
    expect(v.statusCode).toBe(404);
    expect(v.json().error.code).toBe('screening.lexicon_version_not_found');
  });

  it('imports by merging or replacing, and makes no version when nothing changes', async () => {
    const name = await create([entry('刷单'), entry('套现')]);
    const csv = 'term,category,severity\n套现,fraud,5\n洗钱,fraud,4\n';
    const merged = await post(`/v1/screening/lexicons/${name}/import`, {
      baseVersion: 1,
      format: 'csv',
      content: csv,
      mode: 'merge',
    });
    expect(merged.json()).toEqual({ version: 2, added: 1, removed: 0, changed: 1 });
    expect((await entriesOf(name)).entries.map((e: LexiconEntry) => `${e.term}${e.severity}`)).toEqual([
      '刷单3',
      '套现5',
      '洗钱4',
    ]);
    const again = await post(`/v1/screening/lexicons/${name}/import`, {
      baseVersion: 2,
      format: 'csv',
      content: csv,
      mode: 'merge',
    });
    expect(again.json()).toEqual({ version: 2, added: 0, removed: 0, changed: 0 });
    const replaced = await post(`/v1/screening/lexicons/${name}/import`, {
      baseVersion: 2,
      format: 'txt',
      content: '# category=fraud; severity=2\n洗钱\n代开发票\n',
      mode: 'replace',
    });
    expect(replaced.json()).toEqual({ version: 3, added: 1, removed: 2, changed: 1 });
    expect((await entriesOf(name)).entries).toEqual([entry('洗钱', 'fraud', 2), entry('代开发票', 'fraud', 2)]);
  });

  it('answers 400 screening.lexicon_format with the line to a bad file, and changes nothing', async () => {
    const name = await create([entry('刷单')]);
    const bad = [
      ['csv', 'term,category,severity\n洗钱,fraud,4\n套现,fraud,9\n', /line 3/],
      ['csv', 'term,colour\n洗钱,red\n', /line 1: unknown column "colour"/],
      ['txt', '# category=fraud\n洗钱\n# category=fraud; loudness=3\n套现\n', /line 3/],
      ['txt', '洗钱\n', /line 1: no category/],
      ['json', '{"name": "x", "version": "1", "entries": [', /not JSON/],
      ['csv', 'term,category\n洗钱,fraud\n洗钱,fraud\n', /more than once/],
    ] as const;
    for (const [format, content, message] of bad) {
      const res = await post(`/v1/screening/lexicons/${name}/import`, {
        baseVersion: 1,
        format,
        content,
        mode: 'replace',
      });
      expect(res.statusCode, content).toBe(400);
      expect(res.json().error.code).toBe('screening.lexicon_format');
      expect(res.json().error.message).toMatch(message);
    }
    const unknownFormat = await post(`/v1/screening/lexicons/${name}/import`, {
      baseVersion: 1,
      format: 'xlsx',
      content: '',
      mode: 'merge',
    });
    expect(unknownFormat.statusCode).toBe(400);
    const now = await entriesOf(name);
    expect(now.version).toBe(1);
    expect(now.entries).toEqual([entry('刷单')]);
  });

  it('exports every version in every format, and an export imports back to the same entries', async () => {
    const rich: LexiconEntry[] = [
      { term: '#井号开头', category: 'fraud', severity: 4, kinds: ['listing', 'live_segment'], tags: ['a', 'b'] },
      {
        term: '包治百病',
        category: 'medical_claim',
        severity: 4,
        kinds: ['listing'],
        productCategories: { except: ['药品', '医疗器械'] },
        variants: true,
      },
      { term: 'vx', category: 'diversion', severity: 3, kinds: [], pinyinVariants: false },
      { term: '含,逗号"引号', category: 'fraud', severity: 1, kinds: [] },
    ];
    const name = await create(rich);
    await post(`/v1/screening/lexicons/${name}/edits`, { baseVersion: 1, remove: [{ term: 'vx' }] });
    for (const format of ['txt', 'csv', 'json'] as const) {
      const res = await get(`/v1/screening/lexicons/${name}/export?format=${format}&version=1`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(format === 'json' ? /^application\/json/ : /^text\/plain/);
      const copy = freshName();
      const imported = await post(`/v1/screening/lexicons/${copy}/import`, {
        baseVersion: 0,
        format,
        content: res.body,
        mode: 'replace',
      });
      expect(imported.statusCode, res.body).toBe(200);
      expect((await entriesOf(copy)).entries).toEqual(rich);
    }
    const json = JSON.parse((await get(`/v1/screening/lexicons/${name}/export?format=json`)).body);
    // Fields in the schema's order, whatever order the database keeps them in.
    expect(Object.keys(json.entries[1])).toEqual([
      'term',
      'category',
      'severity',
      'kinds',
      'productCategories',
      'variants',
    ]);
    expect(Object.keys((await entriesOf(name)).entries[1])).toEqual(Object.keys(json.entries[1]));
    const current = await get(`/v1/screening/lexicons/${name}/export?format=csv`);
    expect(current.body).not.toContain('vx');
  });

  it('keeps allow lists: words without category, in txt, csv and json', async () => {
    const name = freshName();
    const created = await post(`/v1/screening/lexicons/${name}/import`, {
      baseVersion: 0,
      kind: 'allow',
      format: 'csv',
      content: 'term,note\n最近,time word\n第一次,\n',
      mode: 'merge',
    });
    expect(created.json()).toEqual({ version: 1, added: 2, removed: 0, changed: 0 });
    const edited = await post(`/v1/screening/lexicons/${name}/edits`, {
      baseVersion: 1,
      upsert: [{ term: '最好看', note: 'fine' }],
      remove: [{ term: '第一次' }],
    });
    expect(edited.json()).toEqual({ version: 2, added: 1, removed: 1, changed: 0 });
    expect((await entriesOf(name)).entries).toEqual([
      { term: '最近', note: 'time word' },
      { term: '最好看', note: 'fine' },
    ]);
    const withCategory = await post(`/v1/screening/lexicons/${name}/edits`, {
      baseVersion: 2,
      remove: [{ term: '最近', category: 'fraud' }],
    });
    expect(withCategory.json().error.code).toBe('screening.invalid_entry');
    const termsEntry = await post(`/v1/screening/lexicons/${name}/edits`, { baseVersion: 2, upsert: [entry('x')] });
    expect(termsEntry.json().error.code).toBe('screening.invalid_entry');
    const txt = await get(`/v1/screening/lexicons/${name}/export?format=txt`);
    expect(txt.body).toBe('最近\n最好看\n');
    const json = JSON.parse((await get(`/v1/screening/lexicons/${name}/export?format=json`)).body);
    expect(json).toMatchObject({ name, version: '2', entries: [], allow: [{ term: '最近' }, { term: '最好看' }] });
  });

  it('records every change in the audit log, in the same transaction', async () => {
    const name = await create([entry('刷单')]);
    await post(`/v1/screening/lexicons/${name}/edits`, { baseVersion: 1, upsert: [entry('套现')], note: 'why not' });
    await post(`/v1/screening/lexicons/${name}/edits`, { baseVersion: 1, upsert: [entry('洗钱')] }); // 409
    const rows = await f.handle.db
      .selectFrom('auditEntries')
      .selectAll()
      .where('subject', '=', `lexicon:${name}`)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['screening.lexicon_edited', 'screening.lexicon_edited']);
    expect(rows[1].reason).toBe('why not');
    const after = typeof rows[1].after === 'string' ? JSON.parse(rows[1].after) : rows[1].after;
    expect(after).toMatchObject({ version: 2, added: 1, addedEntries: [{ term: '套现', category: 'fraud' }] });
    const seeded = await f.handle.db
      .selectFrom('auditEntries')
      .select('actor')
      .where('action', '=', 'screening.lexicons_seeded')
      .execute();
    expect(seeded).toEqual([{ actor: 'system' }]);
  });

  it('lets reviewers and analysts read but only admins and leads change lexicons', async () => {
    const name = await create([entry('刷单')]);
    const analyst = await f.login('analyst');
    const merchant = await f.login('merchant', 'mch-1');
    for (const cookie of [reviewer, analyst]) {
      expect((await get(`/v1/screening/lexicons/${name}`, cookie)).statusCode).toBe(200);
      expect((await get(`/v1/screening/lexicons/${name}/export?format=txt`, cookie)).statusCode).toBe(200);
      const edit = await post(`/v1/screening/lexicons/${name}/edits`, { baseVersion: 1, upsert: [entry('x')] }, cookie);
      expect(edit.statusCode).toBe(403);
      const imp = await post(
        `/v1/screening/lexicons/${name}/import`,
        { baseVersion: 1, format: 'txt', content: '', mode: 'replace' },
        cookie,
      );
      expect(imp.statusCode).toBe(403);
    }
    expect((await get('/v1/screening/lexicons', merchant)).statusCode).toBe(403);
    expect((await f.app.inject({ method: 'GET', url: '/v1/screening/lexicons' })).statusCode).toBe(401);
    const key = await f.apiKey(['read']);
    const byKey = await f.app.inject({
      method: 'POST',
      url: `/v1/screening/lexicons/${name}/edits`,
      headers: { authorization: `Bearer ${key}` },
      payload: { baseVersion: 1, upsert: [entry('x')] },
    });
    expect(byKey.statusCode).toBe(403);
    expect((await entriesOf(name)).version).toBe(1);
  });
});
