import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultViolationCatalogue } from '../decisions/default-violation-catalogue.js';
import { ACTION_RULES } from './sanction-actions.js';
import { needsFourEyes, readCatalogue } from './violation-catalogue.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const DSA_SPEC = resolve(root, '../shared/data/specs/dsa_sor_enums.json');

describe('the shipped violation catalogue', () => {
  const catalogue = defaultViolationCatalogue();

  it('has every violation type the screening policy names, and the report-only ones', () => {
    const policy = parse(readFileSync(resolve(root, 'data/policies/default.yaml'), 'utf8'));
    const screening = new Set<string>(policy.rules.map((r: { violationType: string }) => r.violationType));
    expect(screening.size).toBeGreaterThanOrEqual(12);
    for (const type of screening) expect(Object.keys(catalogue.violations)).toContain(type);
    for (const type of ['ip_infringement', 'harassment', 'misleading_description']) {
      expect(catalogue.violations[type]).toBeDefined();
    }
  });

  it('maps each screening type to the same DSA keys as the policy does', () => {
    const policy = parse(readFileSync(resolve(root, 'data/policies/default.yaml'), 'utf8'));
    for (const r of policy.rules as { violationType: string; dsaCategory: string; dsaKeyword: string }[]) {
      const v = catalogue.violations[r.violationType]!;
      expect({ type: r.violationType, category: v.dsaCategory, keyword: v.dsaKeyword }).toEqual({
        type: r.violationType,
        category: r.dsaCategory,
        keyword: r.dsaKeyword,
      });
    }
  });

  it.skipIf(!existsSync(DSA_SPEC))('names only DSA keys of the Transparency Database', () => {
    const spec = JSON.parse(readFileSync(DSA_SPEC, 'utf8'));
    const categories = Object.keys(spec['category / category_addition']);
    const keywords = Object.keys(spec['category_specification (array)']);
    for (const v of Object.values(catalogue.violations)) {
      expect(categories).toContain(v.dsaCategory);
      expect(keywords).toContain(v.dsaKeyword);
    }
  });

  it('has a statement with {facts} in both languages, and ladders with the actions they need', () => {
    for (const [type, v] of Object.entries(catalogue.violations)) {
      expect(v.statement['zh-CN'], type).toContain('{facts}');
      expect(v.statement.en, type).toContain('{facts}');
    }
    expect(catalogue.ladder.serious.map((s) => s.points)).toEqual([12, 24, 36, 48]);
    expect(catalogue.ladder.serious[0]!.actions).toEqual([{ type: 'suspend_live', days: 7 }]);
    for (const step of [...catalogue.ladder.general, ...catalogue.ladder.serious]) {
      for (const a of step.actions) {
        expect(ACTION_RULES[a.type].appliesTo, a.type).toBe('subject');
        if (ACTION_RULES[a.type].days === 'required') expect(a.days, a.type).toBeDefined();
      }
    }
  });

  it('refuses a catalogue whose defaults are not allowed actions, and sorts ladders', () => {
    const doc = parse(readFileSync(resolve(root, 'data/governance/violations.yaml'), 'utf8'));
    doc.violations.spam_seo.default = ['terminate_account'];
    expect(() => readCatalogue(doc)).toThrow(/default actions/);
    const shuffled = parse(readFileSync(resolve(root, 'data/governance/violations.yaml'), 'utf8'));
    shuffled.ladder.general.reverse();
    expect(readCatalogue(shuffled).ladder.general.map((s) => s.points)).toEqual([12, 24, 36, 48]);
  });

  it('asks for four eyes on termination and on a deposit deduction above the set amount', () => {
    const rule = catalogue.fourEyes;
    expect(needsFourEyes([{ type: 'terminate_account' }], rule)).toBe(true);
    expect(needsFourEyes([{ type: 'deduct_deposit', amount: 50_000 }], rule)).toBe(false);
    expect(needsFourEyes([{ type: 'deduct_deposit', amount: 50_001 }], rule)).toBe(true);
    expect(needsFourEyes([{ type: 'suspend_account', days: 30 }, { type: 'warn' }], rule)).toBe(false);
  });
});
