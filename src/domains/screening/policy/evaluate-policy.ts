import type { ContentKind } from '../lexicon/lexicon-entry.js';
import type { PolicyDocument, PolicyOutcome } from './policy-document.js';

/** A rule as verdicts and responses show it. */
export interface PolicyRule {
  id: string;
  outcome: PolicyOutcome;
  reason: string;
  violationType: string;
  dsaCategory: string;
  dsaKeyword: string;
}

/** What evaluation reads of a finding. */
export interface PolicyFinding {
  category: string;
  severity: number;
}

export interface PolicyInput {
  kind: ContentKind;
  context?: { category?: unknown } | undefined;
  findings: readonly PolicyFinding[];
  /** The content's score, 0..1. */
  score: number;
}

export interface PolicyEvaluation {
  outcome: PolicyOutcome;
  /** The rules that fired, in document order, each with the outcome it has for this kind. */
  rules: readonly PolicyRule[];
}

export interface LiveSettings {
  stopScore: number;
  halfLifeMs: number;
}

interface CompiledRule {
  /** Bit i set: findings of category i count. */
  categoryMask: number;
  anyCategory: boolean;
  minSeverity: number;
  maxSeverity: number;
  minCount: number;
  /** Bit i set: applies to CONTENT_KINDS[i]. */
  kindMask: number;
  only: ReadonlySet<string> | null;
  except: ReadonlySet<string> | null;
  minScore: number;
  rank: number;
  liveRank: number;
  view: PolicyRule;
  liveView: PolicyRule;
}

/** A policy ready to evaluate; built once per version. */
export interface CompiledPolicy {
  version: number | null;
  name: string;
  live: LiveSettings;
  /** Every rule as the API describes it, in document order. */
  rules: readonly PolicyRule[];
  readonly compiledRules: readonly CompiledRule[];
  readonly categoryBit: ReadonlyMap<string, number>;
  readonly kindBit: ReadonlyMap<string, number>;
}

const RANK: Record<PolicyOutcome, number> = { allow: 0, review: 1, block: 2, stop_stream: 3 };
const BY_RANK: readonly PolicyOutcome[] = ['allow', 'review', 'block', 'stop_stream'];
const NONE: readonly PolicyRule[] = Object.freeze([]);

export function outcomeRank(o: PolicyOutcome): number {
  return RANK[o];
}

/** The more severe of two outcomes. */
export function worseOutcome(a: PolicyOutcome, b: PolicyOutcome): PolicyOutcome {
  return RANK[a] >= RANK[b] ? a : b;
}

export function compilePolicy(doc: PolicyDocument, version: number | null): CompiledPolicy {
  // Category and kind sets become bit masks, so evaluation tests membership with one AND.
  const categoryBit = new Map<string, number>();
  const kindBit = new Map<string, number>();
  const bitOf = (map: Map<string, number>, key: string) => {
    let b = map.get(key);
    if (b === undefined) {
      if (map.size >= 31) throw new RangeError('a policy names at most 31 categories or kinds');
      b = 1 << map.size;
      map.set(key, b);
    }
    return b;
  };
  const compiledRules: CompiledRule[] = doc.rules.map((r) => {
    let categoryMask = 0;
    for (const c of r.when.categories ?? []) categoryMask |= bitOf(categoryBit, c);
    // stop_stream rules are live-only by definition.
    const kinds = r.when.kinds ?? (r.outcome === 'stop_stream' ? ['live_segment'] : undefined);
    let kindMask = kinds ? 0 : -1;
    for (const k of kinds ?? []) kindMask |= bitOf(kindBit, k);
    const liveOutcome: PolicyOutcome = r.outcome === 'block' ? 'stop_stream' : r.outcome;
    const view: PolicyRule = Object.freeze({
      id: r.id,
      outcome: r.outcome,
      reason: r.reason,
      violationType: r.violationType,
      dsaCategory: r.dsaCategory,
      dsaKeyword: r.dsaKeyword,
    });
    return {
      categoryMask,
      anyCategory: r.when.categories === undefined,
      minSeverity: r.when.minSeverity ?? 1,
      maxSeverity: r.when.maxSeverity ?? Number.POSITIVE_INFINITY,
      minCount: r.when.minCount ?? 1,
      kindMask,
      only: r.when.productCategories ? new Set(r.when.productCategories) : null,
      except: r.when.exceptProductCategories ? new Set(r.when.exceptProductCategories) : null,
      minScore: r.when.minScore ?? 0,
      rank: RANK[r.outcome],
      liveRank: RANK[liveOutcome],
      view,
      liveView: liveOutcome === r.outcome ? view : Object.freeze({ ...view, outcome: liveOutcome }),
    };
  });
  return {
    version,
    name: doc.name,
    live: { stopScore: doc.live.stopScore, halfLifeMs: doc.live.halfLifeSeconds * 1_000 },
    rules: Object.freeze(compiledRules.map((r) => r.view)),
    compiledRules,
    categoryBit,
    kindBit,
  };
}

/**
 * The outcome of a policy for one screened content: the most severe outcome of the rules that
 * fire, `allow` when none does. A block on a live segment stops the stream; stop_stream rules
 * fire on live segments only. Allocates only the list of fired rules (none when nothing fires).
 */
export function evaluatePolicy(policy: CompiledPolicy, input: PolicyInput): PolicyEvaluation {
  const live = input.kind === 'live_segment';
  const kindBit = policy.kindBit.get(input.kind) ?? 0;
  const raw = input.context?.category;
  const productCategory = typeof raw === 'string' ? raw : undefined;
  const findings = input.findings;
  const rules = policy.compiledRules;
  let rank = 0;
  let fired: PolicyRule[] | undefined;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule.kindMask !== -1 && (rule.kindMask & kindBit) === 0) continue;
    if (rule.only !== null && (productCategory === undefined || !rule.only.has(productCategory))) continue;
    if (rule.except !== null && productCategory !== undefined && rule.except.has(productCategory)) continue;
    if (input.score < rule.minScore) continue;
    if (rule.minCount > 0) {
      let count = 0;
      for (let i = 0; i < findings.length && count < rule.minCount; i++) {
        const f = findings[i];
        if (f.severity < rule.minSeverity || f.severity > rule.maxSeverity) continue;
        if (!rule.anyCategory && ((policy.categoryBit.get(f.category) ?? 0) & rule.categoryMask) === 0) continue;
        count++;
      }
      if (count < rule.minCount) continue;
    }
    const ruleRank = live ? rule.liveRank : rule.rank;
    if (ruleRank > rank) rank = ruleRank;
    if (fired === undefined) fired = [];
    fired.push(live ? rule.liveView : rule.view);
  }
  return { outcome: BY_RANK[rank], rules: fired ?? NONE };
}
