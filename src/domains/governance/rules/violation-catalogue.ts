import { z } from 'zod';
import { type ActionRequest, MAX_SANCTION_DAYS, SANCTION_ACTIONS, type SanctionAction } from './sanction-actions.js';

// The violation catalogue as data (data/governance/violations.yaml): per violation type its track,
// points, allowed and default actions, DSA keys and statement templates; the points ladder; the
// four-eyes rule. Parsed and checked once, at start.

export const TRACKS = ['general', 'serious'] as const;
export type Track = (typeof TRACKS)[number];

export const STATEMENT_LANGUAGES = ['zh-CN', 'en'] as const;
export type StatementLanguage = (typeof STATEMENT_LANGUAGES)[number];

const Localised = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });

const ActionSpec = z.object({
  type: z.enum(SANCTION_ACTIONS),
  days: z.number().int().min(1).max(MAX_SANCTION_DAYS).optional(),
  amount: z.number().int().positive().optional(),
});

const Violation = z
  .object({
    track: z.enum(TRACKS),
    points: z.number().int().min(0).max(100),
    actions: z.array(z.enum(SANCTION_ACTIONS)).min(1),
    default: z.array(z.enum(SANCTION_ACTIONS)),
    dsaCategory: z.string().regex(/^STATEMENT_CATEGORY_[A-Z_]+$/),
    dsaKeyword: z.string().regex(/^KEYWORD_[A-Z_]+$/),
    name: Localised,
    statement: Localised,
  })
  .refine((v) => v.default.every((a) => v.actions.includes(a)), { message: 'default actions must be allowed actions' });

const LadderStep = z.object({ points: z.number().int().positive(), actions: z.array(ActionSpec).min(1) });

export const CatalogueSchema = z.object({
  pointsExpiryDays: z.number().int().min(1).max(3_650),
  fourEyes: z.object({
    actions: z.array(z.enum(SANCTION_ACTIONS)),
    depositDeductionAbove: z.number().int().min(0),
    currency: z.string().regex(/^[A-Z]{3}$/),
  }),
  ladder: z.object({ general: z.array(LadderStep), serious: z.array(LadderStep) }),
  violations: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), Violation),
});

export type ViolationSpec = z.infer<typeof Violation>;
export type LadderStep = { points: number; actions: ActionRequest[] };
export interface ViolationCatalogue {
  pointsExpiryDays: number;
  fourEyes: { actions: SanctionAction[]; depositDeductionAbove: number; currency: string };
  /** Per track, ascending by points. */
  ladder: Record<Track, LadderStep[]>;
  violations: Record<string, ViolationSpec>;
}

/** Checks a parsed catalogue document; throws a ZodError naming what is wrong. */
export function readCatalogue(doc: unknown): ViolationCatalogue {
  const c = CatalogueSchema.parse(doc);
  const byPoints = (a: LadderStep, b: LadderStep) => a.points - b.points;
  return {
    ...c,
    ladder: { general: [...c.ladder.general].sort(byPoints), serious: [...c.ladder.serious].sort(byPoints) },
  };
}

/** True when these actions need a second reviewer before they take effect. */
export function needsFourEyes(actions: readonly ActionRequest[], rule: ViolationCatalogue['fourEyes']): boolean {
  return actions.some(
    (a) =>
      rule.actions.includes(a.type) || (a.type === 'deduct_deposit' && (a.amount ?? 0) > rule.depositDeductionAbove),
  );
}
