import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { z } from 'zod';
import { CONTENT_KINDS, LEXICON_CATEGORIES } from '../lexicon/lexicon-entry.js';
import { DSA_CATEGORIES, DSA_KEYWORDS } from './dsa-enums.js';

export const OUTCOMES = ['allow', 'review', 'block', 'stop_stream'] as const;
export type PolicyOutcome = (typeof OUTCOMES)[number];

/** At most this much YAML is read: a policy is a page of rules, not a data set. */
export const MAX_POLICY_BYTES = 256 * 1024;

const name = z.string().trim().min(1).max(100);
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(200);

const conditionSchema = z
  .object({
    /** Findings of any of these categories count; absent: findings of every category. */
    categories: list(z.enum(LEXICON_CATEGORIES)).optional(),
    /** Findings below this severity do not count. */
    minSeverity: z.number().int().min(1).max(5).optional(),
    /** Findings above this severity do not count (a review rule for 3-4 beside a block rule for 5). */
    maxSeverity: z.number().int().min(1).max(5).optional(),
    /** The rule fires when at least this many findings count. Default 1; 0 makes a context-only rule. */
    minCount: z.number().int().min(0).max(10_000).optional(),
    /** Content kinds the rule applies to; absent: every kind. */
    kinds: list(z.enum(CONTENT_KINDS)).optional(),
    /** Only when the product category (context.category) is one of these. */
    productCategories: list(z.string().min(1).max(200)).optional(),
    /** Never when the product category is one of these. */
    exceptProductCategories: list(z.string().min(1).max(200)).optional(),
    /** Only when the content's score (0..1) is at least this. */
    minScore: z.number().min(0).max(1).optional(),
  })
  .strict();
export type PolicyCondition = z.infer<typeof conditionSchema>;

const ruleSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'rule ids are 1-64 lowercase letters, digits, dots, dashes, underscores'),
    when: conditionSchema.default({}),
    outcome: z.enum(OUTCOMES),
    reason: z.string().trim().min(1).max(300),
    violationType: z.string().trim().min(1).max(100),
    dsaCategory: z.enum(DSA_CATEGORIES),
    dsaKeyword: z.enum(DSA_KEYWORDS),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const kinds = rule.when.kinds;
    if (rule.outcome === 'stop_stream' && kinds && kinds.some((k) => k !== 'live_segment')) {
      ctx.addIssue({
        code: 'custom',
        path: ['when', 'kinds'],
        message: 'a stop_stream rule applies to live_segment only',
      });
    }
  });
export type PolicyRuleDocument = z.infer<typeof ruleSchema>;

export const policyDocumentSchema = z
  .object({
    name,
    description: z.string().max(2_000).optional(),
    live: z
      .object({
        /** A live session whose decayed risk score reaches this is stopped. */
        stopScore: z.number().positive().max(1_000_000),
        /** Half-life of the session risk score. */
        halfLifeSeconds: z.number().positive().max(86_400),
      })
      .strict(),
    rules: z
      .array(ruleSchema)
      .max(500)
      .superRefine((rules, ctx) => {
        const seen = new Set<string>();
        rules.forEach((r, i) => {
          if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate rule id ${r.id}` });
          seen.add(r.id);
        });
      }),
  })
  .strict();
export type PolicyDocument = z.infer<typeof policyDocumentSchema>;

export interface PolicyProblem {
  /** 1-based line in the YAML source; 0 when unknown. */
  line: number;
  /** Dotted path of the value in question (rules.2.outcome), '' for the document. */
  path: string;
  message: string;
}

export type ParsedPolicy = { ok: true; document: PolicyDocument } | { ok: false; problems: PolicyProblem[] };

/** Line of the deepest node that exists along the path (a missing key points at its parent). */
function lineOf(root: Node | null, path: readonly PropertyKey[], lines: LineCounter): number {
  let node: unknown = root;
  let offset = (root as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      node = pair.value;
      offset = (node as Node | null)?.range?.[0] ?? keyNode?.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  return offset === undefined ? 0 : lines.linePos(offset).line;
}

/** Parses and validates a policy document; every problem names its line and path. */
export function parsePolicy(source: string): ParsedPolicy {
  if (Buffer.byteLength(source, 'utf8') > MAX_POLICY_BYTES) {
    return { ok: false, problems: [{ line: 0, path: '', message: `the policy is over ${MAX_POLICY_BYTES} bytes` }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        line: e.linePos?.[0]?.line ?? 0,
        path: '',
        message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      })),
    };
  }
  const parsed = policyDocumentSchema.safeParse(doc.toJS({ maxAliasCount: 50 }));
  if (parsed.success) return { ok: true, document: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({
      line: lineOf(doc.contents, i.path, lines),
      path: i.path.map(String).join('.'),
      message: i.message,
    })),
  };
}

/** One line per problem, as the API and the CLI show them. */
export function describeProblems(problems: readonly PolicyProblem[]): string {
  return problems
    .slice(0, 20)
    .map((p) => `line ${p.line}${p.path ? `, ${p.path}` : ''}: ${p.message}`)
    .join('; ');
}
