import { z } from 'zod';

export const LEXICON_CATEGORIES = [
  'sexual',
  'spam_seo',
  'gambling',
  'drugs',
  'weapons',
  'fraud',
  'diversion',
  'ad_superlative',
  'medical_claim',
  'price_fraud',
  'staged_drama',
  'counterfeit',
] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

export const CONTENT_KINDS = ['listing', 'live_segment', 'comment', 'web_page', 'feedback'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

// Control characters would break the line-based formats, and edge whitespace is invisible in an
// editor, so neither may appear in a term: it must mean the same thing in txt, csv and json.
const NO_CONTROL = /^[^\p{Cc}]*$/u;
const NO_EDGE_SPACE = /^\S(.*\S)?$/su;

export const termSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(NO_CONTROL, 'term must not contain control characters')
  .regex(NO_EDGE_SPACE, 'term must not start or end with whitespace');

// `|` separates list items in csv cells and txt headers, `;` and `=` delimit txt header fields.
const listItemSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}|;=]*$/u, 'must not contain control characters, "|", ";" or "="')
  .regex(NO_EDGE_SPACE, 'must not start or end with whitespace');

export const productCategoriesSchema = z
  .object({
    only: z.array(listItemSchema).min(1).optional(),
    except: z.array(listItemSchema).min(1).optional(),
  })
  .strict()
  .refine((v) => v.only !== undefined || v.except !== undefined, 'give "only" or "except"');

export const lexiconEntrySchema = z
  .object({
    term: termSchema,
    category: z.enum(LEXICON_CATEGORIES),
    severity: z.number().int().min(1).max(5),
    /** Empty means every kind. */
    kinds: z.array(z.enum(CONTENT_KINDS)),
    productCategories: productCategoriesSchema.optional(),
    tags: z.array(listItemSchema).min(1).optional(),
    /** Also match homophone and look-alike variants of the term. */
    variants: z.boolean().optional(),
    /** Also match the term written in pinyin or pinyin initials. */
    pinyinVariants: z.boolean().optional(),
  })
  .strict();
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;

/** A word that contains a term but is harmless (最近 contains 最); a match inside it is dropped. */
export const allowEntrySchema = z
  .object({
    term: termSchema,
    note: z.string().max(500).optional(),
  })
  .strict();
export type AllowEntry = z.infer<typeof allowEntrySchema>;

export const lexiconSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[a-z0-9][a-z0-9._-]*$/, 'name: lower-case letters, digits, ".", "_" and "-"'),
    version: z.string().min(1).max(100),
    entries: z.array(lexiconEntrySchema),
    allow: z.array(allowEntrySchema),
  })
  .strict()
  .superRefine((lex, ctx) => {
    const seen = new Set<string>();
    lex.entries.forEach((e, i) => {
      const key = `${e.category}\u0000${e.term}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'term'],
          message: `duplicate entry ${e.term} (${e.category})`,
        });
      }
      seen.add(key);
    });
  });
export type Lexicon = z.infer<typeof lexiconSchema>;

/** Whether an entry applies to content of this kind and product category. */
export function entryApplies(entry: LexiconEntry, kind: ContentKind, productCategory?: string): boolean {
  if (entry.kinds.length > 0 && !entry.kinds.includes(kind)) return false;
  const pc = entry.productCategories;
  if (pc && productCategory !== undefined) {
    if (pc.only && !pc.only.includes(productCategory)) return false;
    if (pc.except?.includes(productCategory)) return false;
  } else if (pc?.only) {
    // Without a product category the content can't be shown to be in the "only" set.
    return false;
  }
  return true;
}
