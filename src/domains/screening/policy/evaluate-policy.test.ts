import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultOutcome } from '../engine/screen-text.js';
import { CONTENT_KINDS, type ContentKind, LEXICON_CATEGORIES } from '../lexicon/lexicon-entry.js';
import { defaultPolicy } from './default-policy.js';
import { DSA_CATEGORIES, DSA_KEYWORDS } from './dsa-enums.js';
import { compilePolicy, evaluatePolicy, type PolicyFinding, worseOutcome } from './evaluate-policy.js';
import { OUTCOMES, type PolicyDocument, type PolicyOutcome, parsePolicy } from './policy-document.js';

const rule = (id: string, outcome: PolicyOutcome, when: PolicyDocument['rules'][number]['when']) => ({
  id,
  outcome,
  when,
  reason: id,
  violationType: id,
  dsaCategory: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD' as const,
  dsaKeyword: 'KEYWORD_OTHER' as const,
});

const policyOf = (rules: PolicyDocument['rules']) =>
  compilePolicy({ name: 't', live: { stopScore: 10, halfLifeSeconds: 60 }, rules }, 7);

const f = (category: string, severity: number): PolicyFinding => ({ category, severity });

describe('evaluatePolicy', () => {
  it('takes the most severe outcome of the rules that fire and lists them in order', () => {
    const p = policyOf([
      rule('a', 'review', { categories: ['diversion'] }),
      rule('b', 'block', { categories: ['drugs'], minSeverity: 4 }),
      rule('c', 'review', { categories: ['drugs'] }),
    ]);
    const r = evaluatePolicy(p, { kind: 'listing', findings: [f('drugs', 5), f('diversion', 2)], score: 0.5 });
    expect(r.outcome).toBe('block');
    expect(r.rules.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(evaluatePolicy(p, { kind: 'listing', findings: [f('drugs', 3)], score: 0 })).toMatchObject({
      outcome: 'review',
    });
  });

  it('allows when no rule fires', () => {
    const p = policyOf([rule('a', 'block', { categories: ['drugs'] })]);
    expect(evaluatePolicy(p, { kind: 'listing', findings: [f('sexual', 5)], score: 1 })).toEqual({
      outcome: 'allow',
      rules: [],
    });
  });

  it('turns block into stop_stream on a live segment and fires stop_stream rules only there', () => {
    const p = policyOf([
      rule('blk', 'block', { categories: ['drugs'] }),
      rule('stop', 'stop_stream', { categories: ['staged_drama'] }),
    ]);
    const live = evaluatePolicy(p, { kind: 'live_segment', findings: [f('drugs', 5)], score: 0 });
    expect(live.outcome).toBe('stop_stream');
    expect(live.rules[0].outcome).toBe('stop_stream');
    expect(evaluatePolicy(p, { kind: 'listing', findings: [f('drugs', 5)], score: 0 }).rules[0].outcome).toBe('block');
    expect(evaluatePolicy(p, { kind: 'listing', findings: [f('staged_drama', 5)], score: 0 }).outcome).toBe('allow');
    expect(evaluatePolicy(p, { kind: 'live_segment', findings: [f('staged_drama', 1)], score: 0 }).outcome).toBe(
      'stop_stream',
    );
  });

  it('applies kinds, product categories, score and counts', () => {
    const p = policyOf([
      rule('kinds', 'review', { categories: ['ad_superlative'], kinds: ['listing'] }),
      rule('pharmacy', 'block', { categories: ['medical_claim'], exceptProductCategories: ['药品'] }),
      rule('only', 'review', { minCount: 0, productCategories: ['烟草'] }),
      rule('score', 'block', { minScore: 0.8, minCount: 0 }),
      rule('many', 'block', { categories: ['diversion'], minCount: 3 }),
    ]);
    const ev = (kind: ContentKind, findings: PolicyFinding[], category?: string, score = 0) =>
      evaluatePolicy(p, { kind, findings, score, context: { category } }).rules.map((x) => x.id);
    expect(ev('listing', [f('ad_superlative', 1)])).toEqual(['kinds']);
    expect(ev('comment', [f('ad_superlative', 1)])).toEqual([]);
    expect(ev('listing', [f('medical_claim', 3)], '保健食品')).toEqual(['pharmacy']);
    expect(ev('listing', [f('medical_claim', 3)], '药品')).toEqual([]);
    expect(ev('listing', [], '烟草')).toEqual(['only']);
    expect(ev('listing', [], undefined, 0.8)).toEqual(['score']);
    expect(ev('listing', [f('diversion', 1), f('diversion', 1)])).toEqual([]);
    expect(ev('listing', [f('diversion', 1), f('diversion', 1), f('diversion', 2)])).toEqual(['many']);
  });

  const finding = fc.record({
    category: fc.constantFrom(...LEXICON_CATEGORIES, 'unknown_category'),
    severity: fc.integer({ min: 1, max: 5 }),
  });

  it('the default policy reproduces the built-in outcome for any findings', () => {
    const p = defaultPolicy();
    fc.assert(
      fc.property(fc.constantFrom(...CONTENT_KINDS), fc.array(finding, { maxLength: 8 }), (kind, findings) => {
        const known = findings.filter((x) => x.category !== 'unknown_category');
        const max = known.reduce((m, x) => Math.max(m, x.severity), 0);
        expect(evaluatePolicy(p, { kind, findings, score: 0 }).outcome).toBe(defaultOutcome(kind, max));
      }),
    );
  });

  it('equals a direct reading of the rules (random rules and findings)', () => {
    const when = fc.record(
      {
        categories: fc.uniqueArray(fc.constantFrom(...LEXICON_CATEGORIES), { minLength: 1, maxLength: 3 }),
        minSeverity: fc.integer({ min: 1, max: 5 }),
        maxSeverity: fc.integer({ min: 1, max: 5 }),
        minCount: fc.integer({ min: 0, max: 3 }),
        kinds: fc.uniqueArray(fc.constantFrom(...CONTENT_KINDS), { minLength: 1, maxLength: 3 }),
        minScore: fc.double({ min: 0, max: 1, noNaN: true }),
      },
      { requiredKeys: [] },
    );
    const rules = fc.array(fc.tuple(fc.constantFrom('allow', 'review', 'block') as fc.Arbitrary<PolicyOutcome>, when), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        rules,
        fc.constantFrom(...CONTENT_KINDS),
        fc.array(finding, { maxLength: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rs, kind, findings, score) => {
          const p = policyOf(rs.map(([o, w], i) => rule(`r${i}`, o, w)));
          let expected: PolicyOutcome = 'allow';
          const ids: string[] = [];
          rs.forEach(([o, w], i) => {
            if (w.kinds && !w.kinds.includes(kind)) return;
            if (score < (w.minScore ?? 0)) return;
            const n = findings.filter(
              (x) =>
                (!w.categories || (w.categories as string[]).includes(x.category)) &&
                x.severity >= (w.minSeverity ?? 1) &&
                x.severity <= (w.maxSeverity ?? 5),
            ).length;
            if (n < (w.minCount ?? 1)) return;
            ids.push(`r${i}`);
            expected = worseOutcome(expected, kind === 'live_segment' && o === 'block' ? 'stop_stream' : o);
          });
          const got = evaluatePolicy(p, { kind, findings, score });
          expect(got.outcome).toBe(expected);
          expect(got.rules.map((x) => x.id)).toEqual(ids);
        },
      ),
    );
  });
});

describe('parsePolicy', () => {
  it('accepts the shipped default policy, with a block and a review rule for every category', () => {
    const parsed = parsePolicy(
      readFileSync(new URL('../../../../data/policies/default.yaml', import.meta.url), 'utf8'),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    for (const c of LEXICON_CATEGORIES) {
      const outcomes = parsed.document.rules.filter((r) => r.when.categories?.includes(c)).map((r) => r.outcome);
      expect(outcomes.sort()).toEqual(['block', 'review']);
    }
  });

  it('names the line and path of each problem', () => {
    const source = [
      'name: broken',
      'live: { stopScore: 10, halfLifeSeconds: 60 }',
      'rules:',
      '  - id: a',
      '    outcome: ban',
      '    reason: r',
      '    violationType: v',
      '    dsaCategory: STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      '    dsaKeyword: KEYWORD_NOT_A_KEYWORD',
      '  - id: a',
      '    when: { categories: [nonsense] }',
      '    outcome: review',
      '    reason: r',
      '    violationType: v',
      '    dsaCategory: STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      '    dsaKeyword: KEYWORD_OTHER',
    ].join('\n');
    const parsed = parsePolicy(source);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byPath = Object.fromEntries(parsed.problems.map((p) => [p.path, p.line]));
    expect(byPath['rules.0.outcome']).toBe(5);
    expect(byPath['rules.0.dsaKeyword']).toBe(9);
    expect(byPath['rules.1.when.categories.0']).toBe(11);
    const dup = parsePolicy(
      source
        .replace('outcome: ban', 'outcome: block')
        .replace('KEYWORD_NOT_A_KEYWORD', 'KEYWORD_OTHER')
        .replace('[nonsense]', '[drugs]'),
    );
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.problems).toEqual([{ line: 10, path: 'rules.1.id', message: 'duplicate rule id a' }]);
  });

  it('reports YAML syntax errors with their line, and a missing key at its parent', () => {
    const bad = parsePolicy('name: x\nrules: [\n  - a: b\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0].line).toBeGreaterThan(0);
    const missing = parsePolicy('name: x\nlive:\n  stopScore: 3\nrules: []\n');
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.problems).toEqual([expect.objectContaining({ path: 'live.halfLifeSeconds', line: 3 })]);
  });

  it('keeps stop_stream rules to live segments', () => {
    const parsed = parsePolicy(
      'name: x\nlive: { stopScore: 3, halfLifeSeconds: 5 }\nrules:\n  - { id: s, outcome: stop_stream, when: { kinds: [listing] }, reason: r, violationType: v, dsaCategory: STATEMENT_CATEGORY_VIOLENCE, dsaKeyword: KEYWORD_OTHER }\n',
    );
    expect(parsed.ok).toBe(false);
    expect(OUTCOMES).toContain('stop_stream');
  });
});

describe('DSA enums', () => {
  const spec = '/work/shared/data/specs/dsa_sor_enums.json';
  it.skipIf(!existsSync(spec))('match the shared spec file', () => {
    const json = JSON.parse(readFileSync(spec, 'utf8'));
    expect([...DSA_CATEGORIES]).toEqual(Object.keys(json['category / category_addition']));
    expect([...DSA_KEYWORDS]).toEqual(Object.keys(json['category_specification (array)']));
  });
});
