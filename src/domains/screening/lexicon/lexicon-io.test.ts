import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_KINDS,
  LEXICON_CATEGORIES,
  type Lexicon,
  type LexiconEntry,
  lexiconEntrySchema,
  lexiconSchema,
} from './lexicon-entry.js';
import {
  exportLexicon,
  formatAllowCsv,
  importLexicon,
  LEXICON_FORMATS,
  LexiconFormatError,
  parseAllowCsv,
  parseCsv,
  parseEntriesCsv,
  parseEntriesTxt,
} from './lexicon-io.js';

// Characters that stress every format: csv quoting, txt escapes and headers, list separators,
// Chinese, full-width and astral characters, inner whitespace.
const tricky = fc.constantFrom(
  ...'加微信最第一高仿1:1Aa z#\\,"|;=\'　ｖ𠮷\u00a0'.split(''),
  '\u00a0',
  ' ',
  '# ',
  '\\#',
  'category=sexual',
);
const term = fc
  .array(tricky, { minLength: 1, maxLength: 8 })
  .map((a) => a.join('').trim())
  .filter((t) => lexiconEntrySchema.shape.term.safeParse(t).success);
const listItem = fc
  .array(fc.constantFrom(...'药品医疗器械 food-1_x#,"\''.split('')), { minLength: 1, maxLength: 6 })
  .map((a) => a.join('').trim())
  .filter((s) => s.length > 0);
const list = fc.uniqueArray(listItem, { minLength: 1, maxLength: 3 });

const entry: fc.Arbitrary<LexiconEntry> = fc
  .record(
    {
      term,
      category: fc.constantFrom(...LEXICON_CATEGORIES),
      severity: fc.integer({ min: 1, max: 5 }),
      kinds: fc.subarray([...CONTENT_KINDS]),
      productCategories: fc.oneof(
        fc.record({ only: list }),
        fc.record({ except: list }),
        fc.record({ only: list, except: list }),
      ),
      tags: list,
      variants: fc.boolean(),
      pinyinVariants: fc.boolean(),
    },
    { requiredKeys: ['term', 'category', 'severity', 'kinds'] },
  )
  .map((e) => lexiconEntrySchema.parse(e));

const lexicon: fc.Arbitrary<Lexicon> = fc
  .uniqueArray(entry, { selector: (e) => `${e.category}\u0000${e.term}`, maxLength: 30 })
  .map((entries) => lexiconSchema.parse({ name: 'test', version: 'v1', entries, allow: [] }));

describe('lexicon io', () => {
  for (const format of LEXICON_FORMATS) {
    it(`round-trips entries through ${format}`, () => {
      fc.assert(
        fc.property(lexicon, (lex) => {
          const text = exportLexicon(lex, format);
          const back = importLexicon(text, format, { name: lex.name, version: lex.version });
          expect(back.entries).toEqual(lex.entries);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('reads txt headers as defaults for the lines after them', () => {
    const entries = parseEntriesTxt(
      [
        '# Xinren diversion list',
        '# category=diversion severity=4 kinds=listing|comment',
        '加微信',
        '',
        '  vx  ',
        '# category=ad_superlative; severity=2; except=新闻',
        '\\#第一',
      ].join('\r\n'),
    );
    expect(entries).toEqual([
      { term: '加微信', category: 'diversion', severity: 4, kinds: ['listing', 'comment'] },
      { term: 'vx', category: 'diversion', severity: 4, kinds: ['listing', 'comment'] },
      { term: '#第一', category: 'ad_superlative', severity: 2, kinds: [], productCategories: { except: ['新闻'] } },
    ]);
  });

  it('names the line of a txt error', () => {
    expect(() => parseEntriesTxt('加微信\n')).toThrow(/line 1: no category/);
    expect(() => parseEntriesTxt('# category=drugs severity=9\nx\n')).toThrow(/line 1: severity/);
    expect(() => parseEntriesTxt('# category=drugs\nok\n# category=nope\nbad\n')).toThrow(/line 4: category/);
    expect(() => parseEntriesTxt('# category=drugs colour=red\n')).toThrow(LexiconFormatError);
  });

  it('reads quoted csv fields, missing trailing cells and a BOM', () => {
    const text =
      '\ufeffterm,category,severity,kinds,productCategoriesOnly,productCategoriesExcept,tags\r\n' +
      '"加,微""信",diversion,4,listing|comment,,,"a|b"\r\n' +
      '降血压,medical_claim,3,,,药品|医疗器械\r\n';
    expect(parseEntriesCsv(text)).toEqual([
      { term: '加,微"信', category: 'diversion', severity: 4, kinds: ['listing', 'comment'], tags: ['a', 'b'] },
      {
        term: '降血压',
        category: 'medical_claim',
        severity: 3,
        kinds: [],
        productCategories: { except: ['药品', '医疗器械'] },
      },
    ]);
  });

  it('names the line of a csv error, counting line breaks inside quotes', () => {
    expect(() => parseEntriesCsv('term,category,severity\nok,drugs,5\nbad,drugs,7\n')).toThrow(/line 3: severity/);
    expect(() => parseEntriesCsv('term,category,note\n')).toThrow(/line 1: unknown column "note"/);
    expect(() => parseAllowCsv('term,note\nx,"a\nb"\n\t,y\n')).toThrow(/line 4: term/);
    expect(() => parseEntriesCsv('term,category\n"open,drugs\n')).toThrow(/line 2: unterminated/);
    expect(() => parseEntriesCsv('term,category\nx,drugs,extra\n')).toThrow(/line 2: 3 fields/);
    expect(() => parseEntriesCsv('term,category\nx,drugs,\n')).toThrow(/line 2/);
  });

  it('rejects a json lexicon with duplicate entries and names bad json', () => {
    const entry = { term: '高仿', category: 'counterfeit', severity: 4, kinds: [] };
    expect(() =>
      importLexicon(JSON.stringify({ name: 'x', version: '1', entries: [entry, entry], allow: [] }), 'json', {
        name: 'x',
        version: '1',
      }),
    ).toThrow(/duplicate entry 高仿/);
    expect(() => importLexicon('{\n"name": }', 'json', { name: 'x', version: '1' })).toThrow(LexiconFormatError);
  });

  it('round-trips an allow-list', () => {
    const allow = [{ term: '最近' }, { term: '第一次', note: '次数, not a ranking, "quoted"' }];
    expect(parseAllowCsv(formatAllowCsv(allow))).toEqual(allow);
  });

  it('parses csv records with their starting line', () => {
    expect(parseCsv('a,b\n"x\ny",z\n\nlast')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\ny', 'z'] },
      { line: 5, fields: ['last'] },
    ]);
  });
});
