import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultLexicons } from './default-lexicons.js';
import { LEXICON_CATEGORIES, type Lexicon, type LexiconCategory } from './lexicon-entry.js';

const ORDINARY_SHOP_WORDS = [
  '网络',
  '客服',
  '淘宝',
  '代购',
  '包邮',
  '正品',
  '新款',
  '优惠',
  '兼职',
  '招聘',
  '情趣',
  '彩票',
];
// Every category has shipped terms but price fraud, which is a detector over price history.
const SHIPPED: LexiconCategory[] = LEXICON_CATEGORIES.filter((c) => c !== 'price_fraud');

describe('default lexicons', () => {
  let lexicons: Lexicon[];
  beforeAll(async () => {
    lexicons = await loadDefaultLexicons();
  });

  it('loads every shipped file with entries in each category', () => {
    expect(lexicons.map((l) => l.name).sort()).toEqual(
      [
        'houbb',
        'konsheng-fwwdn',
        'konsheng-fwwdn-domains',
        'xinren-ad-superlative',
        'xinren-counterfeit',
        'xinren-diversion',
        'xinren-drugs',
        'xinren-fraud',
        'xinren-gambling',
        'xinren-medical-claim',
        'xinren-sexual',
        'xinren-spam-seo',
        'xinren-staged-drama',
        'xinren-weapons',
      ].sort(),
    );
    const counts = new Map<string, number>();
    for (const l of lexicons) for (const e of l.entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    for (const c of SHIPPED) expect(counts.get(c) ?? 0, c).toBeGreaterThan(0);
  });

  it('has at least 40 hand-written entries in each of Xinren lists', () => {
    for (const l of lexicons.filter((x) => x.name.startsWith('xinren-'))) {
      expect(l.entries.length, l.name).toBeGreaterThanOrEqual(40);
    }
  });

  it('shares one allow-list, and no term is allow-listed', () => {
    const allow = new Set(lexicons[0].allow.map((a) => a.term));
    expect(allow.has('最近')).toBe(true);
    expect(allow.has('第一次')).toBe(true);
    for (const l of lexicons) {
      expect(l.allow.length).toBe(allow.size);
      const clash = l.entries.filter((e) => allow.has(e.term)).map((e) => e.term);
      expect(clash, l.name).toEqual([]);
    }
  });

  it('has no ordinary shop word, single character or short ASCII word as a term', () => {
    for (const l of lexicons) {
      const bad = l.entries
        .map((e) => e.term)
        .filter(
          (t) =>
            ORDINARY_SHOP_WORDS.includes(t) ||
            [...t].length < 2 ||
            (l.name !== 'xinren-diversion' && /^[!-~]{1,2}$/.test(t)),
        );
      expect(bad, l.name).toEqual([]);
    }
  });

  it('applies superlatives to listings and live selling only, and medical claims outside pharmacy goods', () => {
    const byName = new Map(lexicons.map((l) => [l.name, l]));
    for (const e of byName.get('xinren-ad-superlative')!.entries) {
      expect(e.kinds.sort()).toEqual(['listing', 'live_segment']);
    }
    for (const e of byName.get('xinren-medical-claim')!.entries) {
      expect(e.productCategories?.except).toEqual(['药品', '医疗器械']);
    }
    for (const e of byName.get('xinren-staged-drama')!.entries) expect(e.kinds).toEqual(['live_segment']);
  });

  it('ships the upstream licence next to the derived files', async () => {
    const { readFile } = await import('node:fs/promises');
    const dir = join(import.meta.dirname, '../../../../data/lexicons');
    for (const name of ['houbb', 'konsheng', 'fwwdn']) {
      expect(await readFile(join(dir, 'LICENSES', `${name}-LICENSE.txt`), 'utf8')).toMatch(/License/);
    }
  });

  describe('versions', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'xinren-lex-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('gives a new version when a file or the allow-list changes, and names the file of an error', async () => {
      const header = 'term,category,severity,kinds,productCategoriesOnly,productCategoriesExcept,tags\n';
      await writeFile(join(dir, 'a.csv'), `${header}高仿,counterfeit,4,,,,\n`);
      await writeFile(join(dir, 'a-allow.csv'), 'term,note\n最近,\n');
      const [v1] = await loadDefaultLexicons(dir);
      expect(v1.name).toBe('a');
      expect((await loadDefaultLexicons(dir))[0].version).toBe(v1.version);

      await writeFile(join(dir, 'a-allow.csv'), 'term,note\n最近,\n第一次,\n');
      const [v2] = await loadDefaultLexicons(dir);
      expect(v2.version).not.toBe(v1.version);
      expect(v2.allow.map((a) => a.term)).toEqual(['最近', '第一次']);

      await writeFile(join(dir, 'a.csv'), `${header}高仿,counterfeit,4,,,,\n复刻,counterfeit,9,,,,\n`);
      await expect(loadDefaultLexicons(dir)).rejects.toThrow(/a\.csv: line 3: severity/);
    });
  });
});
