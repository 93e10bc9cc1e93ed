import { createCompileCache } from '../lexicon/lexicon-compile-cache.js';
import {
  type AllowEntry,
  CONTENT_KINDS,
  type ContentKind,
  entryApplies,
  type Lexicon,
  type LexiconCategory,
  type LexiconEntry,
} from '../lexicon/lexicon-entry.js';
import { findCompanions } from './detectors/companion-cues.js';
import { type BrandFloor, DEFAULT_BRAND_FLOORS, findUnderFloor, namesBrand } from './detectors/counterfeit-signals.js';
import { approvedFunctionSpans, ELDERLY_WORDS, elderlyTargeting, isHealthFood } from './detectors/efficacy.js';
import { foldText } from './detectors/fold.js';
import { FALLBACK_TERMS, findPhrases } from './detectors/phrase-patterns.js';
import { findRepeatedPhrase } from './detectors/repeated-phrase.js';
import { findStagedDrama } from './detectors/staged-drama.js';
import { hasDoubtCue, hasWarningCue, sentenceAround } from './detectors/warning-context.js';
import { type SectionName, sourceSpan, splitHtml } from './normalize/html-sections.js';
import { buildLineIndex, type LineIndex } from './normalize/line-index.js';
import {
  compileNormalizer,
  type Finding,
  findInHtml,
  type LexiconTerm,
  type Normalizer,
} from './normalize/normalizer.js';
import { isSeparator } from './normalize/separators.js';

// screen(): lexicon matching (normalised, with exact offsets; kinds, product categories and the
// allow-list applied) plus detectors beyond words, folded into an outcome by the default policy
// below:
//  - contacts (diversion): mainland mobile numbers (digits spelled 一三九 or ①③⑨ too), QQ / WeChat
//    / Telegram ids after their name (微❤信 too), URLs and domains in running text (not in markup
//    attributes), and in listings, streams and comments landlines after a phone word and mail
//    addresses; a courier's or bank's name on a throwaway domain is a phishing link (fraud) as well;
//  - keyword stuffing (spam_seo): separator-joined keyword chains, repeated keywords, hidden text,
//    a footer's 友情链接 to risky sites, one word repeated through a page title or description;
//  - price fraud: a was-price above the lowest price of the 7 days before the promotion;
//  - phrases with a number or a free word inside (detectors/phrase-patterns.ts);
//  - staged drama and pressure in live segments, over a window (detectors/staged-drama.ts);
//  - counterfeit × brand: weak signals (复刻, 原单) need a brand, and a brand far under its floor
//    price is a signal of its own (detectors/counterfeit-signals.ts);
//  - efficacy × product category: a health food's registered functions are not claims
//    (detectors/efficacy.ts); superlatives × kind through the entries' kinds.
// Elderly targeting (叔叔阿姨, 老年人 …) raises medical_claim severity by one (max 5), and a phrase
// that targets them (长辈必备) next to a claim is a finding of its own. A word-list finding in a
// sentence that warns or reports (警惕, 警方, 千万别买) is dropped (detectors/warning-context.ts), and
// so is a phrase finding; a counterfeit word in a buyer's doubt (A货还是正品？) is a question, not an
// offer. A weak phrase (约吗 …) counts only when nothing else names its risk.
// A superlative inside a counterfeit or medical claim (顶级原单, 癌症患者首选) is part of that claim.
// A finding inside another of the same category and no higher severity is dropped (加微信 covers
// 微信), and findings of one category joined only by separators (百家乐|老虎机|时时彩) become one.
//
// Default policy (until the policy engine exists): the highest finding severity decides.
//   severity ≥ 5 → block (stop_stream for a live_segment), severity ≥ 3 → review, else allow.
// score = S / (S + 5) where S is the sum of the findings' severities: 0 without findings, 0.5 for
// one severity-5 finding, approaching 1 as findings pile up.

export type Outcome = 'allow' | 'review' | 'block' | 'stop_stream';

export interface Money {
  amount: number;
  currency?: string;
}

export interface ScreenContext {
  /** Product category (药品, 医疗器械, 保健食品 …), matched against the entries' constraints. */
  category?: string;
  price?: Money;
  /** The reference (struck-through) price the seller shows. */
  wasPrice?: Money;
  /** Transaction prices before the promotion (the platform's record). */
  priceHistory?: { date: string; amount: number }[];
  /** ISO date the promotion starts; when given, only the 7 days before it count. */
  promotionStart?: string;
  /** The brand the seller names; weak counterfeit signals (复刻, 原单, 1:1) count only with a brand. */
  brand?: string;
  /**
   * live_segment: the text of the stream's preceding segments, oldest first (a window of a minute
   * or two). Pressure talk (最后一天, 倒计时) counts as staged drama only next to other drama in
   * the window; findings are reported in this segment's text only.
   */
  recentSegments?: string[];
  [key: string]: unknown;
}

export interface ScreenInput {
  kind: ContentKind;
  text: string;
  context?: ScreenContext;
}

export interface ScreenFinding {
  category: LexiconCategory;
  severity: number;
  /** The canonical lexicon term (or a detector name such as `contact:mobile`). */
  term: string;
  /** 'text' for every kind but web_page, whose findings name their HTML section. */
  section: SectionName | 'text';
  /** 1-based line of start in the original input. */
  line: number;
  /** UTF-16 offsets into the original input; text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
}

export interface ScreenResult {
  outcome: Outcome;
  score: number;
  findings: ScreenFinding[];
}

export interface ScreeningEngine {
  screen(input: ScreenInput): ScreenResult;
}

export interface ScreeningEngineOptions {
  /** Run the contact detectors: mobile numbers, messenger ids, URLs (category diversion). Default true. */
  contacts?: boolean;
  /** Run the keyword-stuffing detector (category spam_seo). Default true. */
  stuffing?: boolean;
  /** Run the was-price check against context.priceHistory (category price_fraud). Default true. */
  priceFraud?: boolean;
  /** Run the phrase and staged-drama detectors. Default true. */
  phrases?: boolean;
  /** Floor prices of brand products (counterfeit signal); DEFAULT_BRAND_FLOORS when absent. */
  brandFloors?: readonly BrandFloor[];
}

/** Words that show a medical claim is aimed at the elderly (matched on folded text, so Traditional too). */
export const ELDERLY_MARKERS: readonly string[] = ELDERLY_WORDS;

const KINDS: ReadonlySet<string> = new Set(CONTENT_KINDS);

interface Compiled {
  normalizer: Normalizer;
  /** entries[i] for term index i < entries.length; larger indexes are allow-list words. */
  entries: LexiconEntry[];
}

/** Entries of the URL/domain detector: not free-text terms. */
const isDomainEntry = (e: LexiconEntry) => e.tags?.includes('domain') === true;

/**
 * A term that starts or ends with a separator (upstream noise such as '–游戏') would match its
 * inner word alone, since the matcher steps over separators: it is left out.
 */
const hasSeparatorEdge = (term: string) => isSeparator(term[0]) || isSeparator(term[term.length - 1]);

function compile(merged: Lexicon): Compiled {
  const entries = merged.entries.filter((e) => !isDomainEntry(e) && !hasSeparatorEdge(e.term));
  const terms: LexiconTerm[] = entries.map((e) => ({
    term: e.term,
    variants: e.variants ?? false,
    pinyinVariants: e.pinyinVariants ?? false,
  }));
  for (const a of merged.allow) terms.push({ term: a.term, variants: false, pinyinVariants: false });
  return { normalizer: compileNormalizer(terms), entries };
}

// Keyed by the names and versions of the lexicons combined: a version never changes, so neither
// does its compile result.
const cache = createCompileCache(compile, { capacity: 4 });

function merge(lexicons: readonly Lexicon[]): Lexicon {
  if (lexicons.length === 1) return lexicons[0];
  const allow: AllowEntry[] = [];
  const seen = new Set<string>();
  for (const l of lexicons) {
    for (const a of l.allow) {
      if (seen.has(a.term)) continue;
      seen.add(a.term);
      allow.push(a);
    }
  }
  return {
    name: lexicons.map((l) => l.name).join('+'),
    version: lexicons.map((l) => l.version).join('+'),
    entries: lexicons.flatMap((l) => l.entries),
    allow,
  };
}

/** The default policy: see the comment at the top of this file. */
export function defaultOutcome(kind: ContentKind, maxSeverity: number): Outcome {
  if (maxSeverity >= 5) return kind === 'live_segment' ? 'stop_stream' : 'block';
  if (maxSeverity >= 3) return 'review';
  return 'allow';
}

export function saturatingScore(severitySum: number): number {
  return Math.round((severitySum / (severitySum + 5)) * 1000) / 1000;
}

/**
 * The digit value of a code unit, or -1: ASCII and full-width digits, and the forms sellers spell
 * a phone number in to slip past a digit filter (一三九…, 壹叁玖…, 幺 for one, ①③⑨, ❶❸❾).
 */
const DIGIT_VALUE = (() => {
  const t = new Int8Array(65_536).fill(-1);
  for (let d = 0; d <= 9; d++) {
    t[0x30 + d] = d;
    t[0xff10 + d] = d;
  }
  const spelled: [string, number][] = [
    ['零〇', 0],
    ['一幺壹', 1],
    ['二贰貳', 2],
    ['三叁', 3],
    ['四肆', 4],
    ['五伍', 5],
    ['六陆陸', 6],
    ['七柒', 7],
    ['八捌', 8],
    ['九玖', 9],
  ];
  for (const [chars, d] of spelled) for (const c of chars) t[c.charCodeAt(0)] = d;
  t[0x24ea] = 0; // ⓪
  for (let d = 1; d <= 9; d++) {
    t[0x2460 + d - 1] = d; // ①…⑨
    t[0x2776 + d - 1] = d; // ❶…❾
  }
  return t;
})();
const isDigit = (c: number) => DIGIT_VALUE[c] >= 0;
const isNumeral = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isAsciiAlnum = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xff10 && c <= 0xff19);
/** Separators allowed between the digit groups of a phone number (138 1234 5678, 138-1234-5678). */
const isDigitSeparator = (c: number) => c === 0x20 || c === 0x2d || c === 0x3000 || c === 0xff0d;

/**
 * Mainland mobile numbers, 1[3-9] and nine more digits, optionally grouped by spaces or hyphens
 * and optionally after +86, not part of a longer run of digits or letters (order numbers,
 * SN13912345678A). Digits may be spelled (一三九 二二八七 六六五一, 壹叁玖…, ①③⑨…) or mixed with
 * numerals: eleven of them in a row are a phone number whatever the script. Calls back with the
 * span of each.
 */
export function findMobileNumbers(text: string, found: (start: number, end: number) => void): void {
  const n = text.length;
  const first = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const runStart = i;
    const glued = i > 0 && isAsciiAlnum(text.charCodeAt(i - 1));
    // The run: digits, single separators between digits.
    let digits = 0;
    let end = i;
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        if (digits < 4) first[digits] = DIGIT_VALUE[d];
        digits++;
        end = ++j;
      } else if (isDigitSeparator(d) && j + 1 < n && isDigit(text.charCodeAt(j + 1)) && digits < 13) j++;
      else break;
    }
    i = end - 1;
    if (glued || (end < n && isAsciiAlnum(text.charCodeAt(end)))) continue;
    if (digits === 11 && first[0] === 1 && first[1] >= 3) found(runStart, end);
    else if (digits === 13 && first[0] === 8 && first[1] === 6 && first[2] === 1 && first[3] >= 3) {
      found(runStart > 0 && text.charCodeAt(runStart - 1) === 0x2b ? runStart - 1 : runStart, end);
    }
  }
}

/**
 * One screen() call: its input, its findings, and views of the text computed at most once and
 * only when a detector needs them. A class rather than closures, so a call creates no functions.
 */
class ScreenPass {
  readonly findings: ScreenFinding[] = [];
  private foldedText: string | undefined = undefined;
  private brand: boolean | undefined = undefined;
  private lines: LineIndex | undefined = undefined;

  constructor(
    readonly text: string,
    readonly context: ScreenContext | undefined,
  ) {}

  /** The text folded for the detectors (detectors/fold.ts). */
  folded(): string {
    this.foldedText ??= foldText(this.text);
    return this.foldedText;
  }

  /** Whether the item names a brand (weak counterfeit words count only then). */
  brandNamed(): boolean {
    this.brand ??= namesBrand(this.folded(), this.context, foldText);
    return this.brand;
  }

  /** Adds a detector finding over text[start, end). */
  push(
    category: LexiconCategory,
    severity: number,
    term: string,
    section: ScreenFinding['section'],
    start: number,
    end: number,
  ): void {
    this.lines ??= buildLineIndex(this.text);
    const line = this.lines.lineOf(start);
    this.findings.push({ category, severity, term, section, line, start, end, text: this.text.slice(start, end) });
  }
}

export function createScreeningEngine(
  lexicons: readonly Lexicon[],
  options: ScreeningEngineOptions = {},
): ScreeningEngine {
  const { normalizer, entries } = cache.compiledFor(merge(lexicons));
  const entryCount = entries.length;
  const contacts = options.contacts ?? true;
  const stuffing = options.stuffing ?? true;
  const priceFraud = options.priceFraud ?? true;
  const phrases = options.phrases ?? true;
  const floors = options.brandFloors ?? DEFAULT_BRAND_FLOORS;
  const needsBrand = entries.map((e) => e.tags?.includes(NEEDS_BRAND) === true);

  /** Whether the raw findings hold a counterfeit term that needs no brand (高仿, 大牌原单) and applies. */
  const claimsCopy = (raw: readonly Finding[], kind: ContentKind, productCategory: string | undefined): boolean => {
    for (let i = 0; i < raw.length; i++) {
      const index = raw[i].termIndex;
      if (index >= entryCount || needsBrand[index]) continue;
      const entry = entries[index];
      if (entry.category === 'counterfeit' && entryApplies(entry, kind, productCategory)) return true;
    }
    return false;
  };

  /** Turns raw normalizer findings into screen findings: applicability, allow-list, section. */
  const collect = (
    raw: readonly (Finding & { section?: SectionName })[],
    kind: ContentKind,
    productCategory: string | undefined,
    pass: ScreenPass,
    out: ScreenFinding[],
  ) => {
    // Allow-list occurrences first (usually none), then the entries that apply outside them.
    let copyClaim: boolean | undefined;
    let allowStarts: number[] | undefined;
    let allowEnds: number[] | undefined;
    for (let i = 0; i < raw.length; i++) {
      const f = raw[i];
      if (f.termIndex < entryCount) continue;
      allowStarts ??= [];
      allowEnds ??= [];
      allowStarts.push(f.start);
      allowEnds.push(f.end);
    }
    for (let i = 0; i < raw.length; i++) {
      const f = raw[i];
      if (f.termIndex >= entryCount) continue;
      const entry = entries[f.termIndex];
      if (!entryApplies(entry, kind, productCategory)) continue;
      if (allowStarts && allowEnds) {
        let inside = false;
        for (let k = 0; k < allowStarts.length; k++) {
          if (allowStarts[k] <= f.start && f.end <= allowEnds[k]) {
            inside = true;
            break;
          }
        }
        if (inside) continue;
      }
      // 原单, 尾单, 1:1 name a copy next to a brand, or next to a claim that names one already (大牌原单,
      // 高仿): the item then speaks of a copy throughout.
      if (needsBrand[f.termIndex] && !pass.brandNamed()) {
        copyClaim ??= claimsCopy(raw, kind, productCategory);
        if (!copyClaim) continue;
      }
      out.push({
        category: entry.category,
        severity: entry.severity,
        term: entry.term,
        section: f.section ?? 'text',
        line: f.line,
        start: f.start,
        end: f.end,
        text: f.text,
      });
    }
  };

  return {
    screen(input) {
      const { kind, text } = input;
      if (!KINDS.has(kind)) throw new RangeError(`unknown content kind ${String(kind)}`);
      const context = input.context;
      const productCategory = context?.category;
      const pass = new ScreenPass(text, context);
      const findings = pass.findings;
      if (kind === 'web_page') {
        collect(findInHtml(normalizer, text), kind, productCategory, pass, findings);
      } else {
        collect(normalizer.find(text), kind, productCategory, pass, findings);
      }

      if (priceFraud && (kind === 'listing' || kind === 'live_segment')) {
        const f = findPriceFraud(text, context);
        if (f) findings.push(f);
      }
      if (contacts || stuffing || phrases) runDetectors(kind, pass, contacts, stuffing, phrases);
      if (phrases && findings.length > 0) {
        const present = new Set<LexiconCategory>();
        for (const f of findings) present.add(f.category);
        for (const c of findCompanions(pass.folded(), present)) {
          findings.push(
            detectorFinding(
              text,
              c.category,
              3,
              `phrase:companion-${c.category}`,
              c.start,
              c.end,
              sectionAt(findings, c.start),
            ),
          );
        }
      }
      if (stuffing && kind === 'comment') {
        const flood = findRepeatedPhrase(text);
        if (flood) findings.push(detectorFinding(text, 'spam_seo', 2, 'stuffing:repeated-phrase', flood[0], flood[1]));
      }
      // The floor price is a fallback signal: when the item says 高仿 itself, that says more.
      if (phrases && kind !== 'feedback' && kind !== 'comment' && !findings.some((f) => f.category === 'counterfeit')) {
        const hit = findUnderFloor(pass.folded(), context, floors);
        if (hit)
          findings.push(detectorFinding(text, 'counterfeit', 4, 'counterfeit:under-brand-floor', hit.start, hit.end));
      }

      if (findings.length === 0) return { outcome: 'allow', score: 0, findings };

      const kept = dropContained(refine(dropFallbacks(findings), text, kind, productCategory, pass));
      if (kept.length === 0) return { outcome: 'allow', score: 0, findings: kept };
      const merged = mergeRuns(kept, text);
      let max = 0;
      let sum = 0;
      for (const f of merged) {
        if (f.severity > max) max = f.severity;
        sum += f.severity;
      }
      return { outcome: defaultOutcome(kind, max), score: saturatingScore(sum), findings: merged };
    },
  };
}

/**
 * Drops a fallback phrase (约吗 …) when another finding of its category names the risk already; a
 * companion cue (价格美丽) only leans on the fallback, it names nothing of its own.
 */
function dropFallbacks(findings: ScreenFinding[]): ScreenFinding[] {
  let fallback = false;
  for (const f of findings) if (FALLBACK_TERMS.has(f.term)) fallback = true;
  if (!fallback) return findings;
  const names = (o: ScreenFinding) => !FALLBACK_TERMS.has(o.term) && !o.term.startsWith('phrase:companion-');
  return findings.filter(
    (f) => !FALLBACK_TERMS.has(f.term) || !findings.some((o) => o.category === f.category && names(o)),
  );
}

/** Tag of the counterfeit entries that count only when the item names a brand. */
export const NEEDS_BRAND = 'needs-brand';

function detectorFinding(
  text: string,
  category: LexiconCategory,
  severity: number,
  term: string,
  start: number,
  end: number,
  section: ScreenFinding['section'] = 'text',
): ScreenFinding {
  return {
    category,
    severity,
    term,
    section,
    line: buildLineIndex(text).lineOf(start),
    start,
    end,
    text: text.slice(start, end),
  };
}

/** The section of the finding nearest before position at (companion cues sit next to their offer). */
function sectionAt(findings: readonly ScreenFinding[], at: number): ScreenFinding['section'] {
  let section: ScreenFinding['section'] = findings[0]?.section ?? 'text';
  let best = -1;
  for (const f of findings) {
    if (f.start <= at && f.start > best) {
      best = f.start;
      section = f.section;
    }
  }
  return section;
}

/** Categories whose word-list findings a warning or news sentence voids. */
const WARNABLE: ReadonlySet<LexiconCategory> = new Set([
  'sexual',
  'gambling',
  'drugs',
  'weapons',
  'fraud',
  'diversion',
  'counterfeit',
  'medical_claim',
]);

/** Detector findings name their detector (contact:mobile, staged:sob-story); lexicon terms do not. */
const DETECTOR_TERM = /^(?:contact|stuffing|price|phrase|staged|counterfeit|medical):/u;
const isWordListFinding = (f: ScreenFinding) => !DETECTOR_TERM.test(f.term);
/**
 * Findings a warning or news sentence voids: word-list terms and phrases (a report that quotes
 * 快餐三百，包夜八百 quotes an offer, it makes none). Contacts, prices and stuffing still count.
 */
const isWarnable = (f: ScreenFinding) =>
  WARNABLE.has(f.category) && (isWordListFinding(f) || f.term.startsWith('phrase:'));

/**
 * The context rules over the collected findings: warnings and news, health-food functions,
 * elderly targeting, superlatives inside other claims.
 */
function refine(
  findings: ScreenFinding[],
  text: string,
  kind: ContentKind,
  productCategory: string | undefined,
  pass: ScreenPass,
): ScreenFinding[] {
  let out = findings;

  // A warning, a report or the news names what it warns about.
  let warnable = false;
  for (const f of out) if (isWarnable(f)) warnable = true;
  if (warnable) {
    const fold = pass.folded();
    const pageWarns = kind === 'web_page' && titleWarns(text);
    const asks = kind === 'comment' || kind === 'feedback';
    out = out.filter((f) => {
      if (!isWarnable(f)) return true;
      if (pageWarns) return false;
      const [s, e] = sentenceAround(fold, f.start);
      if (asks && f.category === 'counterfeit' && hasDoubtCue(fold, s, e)) return false;
      return !hasWarningCue(fold, s, e);
    });
  }

  let medical = false;
  for (const f of out) if (f.category === 'medical_claim') medical = true;
  if (medical) {
    const fold = pass.folded();
    // A health food may state a registered function in the registered wording.
    if (isHealthFood(fold, productCategory)) {
      const approved = approvedFunctionSpans(fold);
      if (approved.length > 0) {
        out = out.filter(
          (f) => f.category !== 'medical_claim' || !approved.some(([s, e]) => s <= f.start && f.end <= e),
        );
      }
    }
    medical = out.some((f) => f.category === 'medical_claim');
    // Claims aimed at the elderly weigh more; a phrase that targets them is a finding of its own.
    if (medical && ELDERLY_MARKERS.some((m) => fold.includes(m))) {
      for (const f of out) if (f.category === 'medical_claim') f.severity = Math.min(5, f.severity + 1);
      const section = out.find((f) => f.category === 'medical_claim')?.section ?? 'text';
      for (const [s, e] of elderlyTargeting(fold)) {
        out.push(detectorFinding(text, 'medical_claim', 5, 'medical:elderly-targeting', s, e, section));
      }
    }
  }

  // 微信号出售 sells accounts: the messenger named inside an account-trading offer is not a contact.
  const fraud = out.filter((f) => f.category === 'fraud');
  if (fraud.length > 0) {
    out = out.filter(
      (f) =>
        f.category !== 'diversion' || !isWordListFinding(f) || !fraud.some((c) => c.start <= f.start && f.end <= c.end),
    );
  }

  // 顶级原单 is a counterfeit grade and 癌症患者首选 one medical claim: the superlative inside is theirs.
  let superlative = false;
  for (const f of out) if (f.category === 'ad_superlative') superlative = true;
  if (superlative) {
    const claims = out.filter((f) => f.category === 'counterfeit' || f.category === 'medical_claim');
    if (claims.length > 0) {
      out = out.filter(
        (f) => f.category !== 'ad_superlative' || !claims.some((c) => c.start <= f.start && f.end <= c.end),
      );
    }
  }
  return out;
}

/**
 * Whether a page's title or a heading carries a warning or news cue (反诈提醒, 警方通报, How to spot
 * fake sneakers): the page is about the risk, and the body quotes what it warns about.
 */
function titleWarns(html: string): boolean {
  for (const section of splitHtml(html)) {
    if (section.name !== 'title' && section.name !== 'heading') continue;
    for (const run of section.runs) if (hasWarningCue(foldText(run.text))) return true;
  }
  return false;
}

/**
 * Sorts by position and drops a finding inside another of the same category and no higher
 * severity (加微信 already covers 微信 there), and exact duplicates.
 */
function dropContained(findings: ScreenFinding[]): ScreenFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || b.severity - a.severity);
  if (findings.length < 2) return findings;
  const out: ScreenFinding[] = [];
  for (const f of findings) {
    let covered = false;
    for (let k = out.length - 1; k >= 0; k--) {
      const o = out[k];
      if (o.category === f.category && o.start <= f.start && f.end <= o.end && o.severity >= f.severity) {
        covered = true;
        break;
      }
    }
    if (!covered) out.push(f);
  }
  return out;
}

/** Most units between two findings of a run: a separator or two, with spaces. */
const MAX_RUN_GAP = 3;
const RUN_GAP = /^[\s,，、|｜/\-–—_·;；:：+＋]*$/u;

/**
 * Findings of one category in one section that overlap or are joined only by separators
 * (百家乐|老虎机|时时彩, 加微信 wx123) become one finding over the run: one highlight for the
 * reviewer, with the run's highest severity and that finding's term. Expects findings sorted by start.
 */
function mergeRuns(findings: ScreenFinding[], text: string): ScreenFinding[] {
  if (findings.length < 2) return findings;
  const out: ScreenFinding[] = [];
  const open = new Map<string, ScreenFinding>();
  for (const f of findings) {
    const key = `${f.category}\u0000${f.section}`;
    const run = open.get(key);
    if (run && f.start - run.end <= MAX_RUN_GAP && (f.start <= run.end || RUN_GAP.test(text.slice(run.end, f.start)))) {
      if (f.end > run.end) run.end = f.end;
      if (f.severity > run.severity) {
        run.severity = f.severity;
        run.term = f.term;
      }
      run.text = text.slice(run.start, run.end);
      continue;
    }
    const copy = { ...f };
    open.set(key, copy);
    out.push(copy);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Price fraud: a was-price above the lowest transaction price of the 7 days before the promotion.

const WAS_PRICE_WORDS = [
  '原价',
  '原價',
  '划线价',
  '划線價',
  '吊牌价',
  '吊牌價',
  '参考价',
  '參考價',
  '专柜价',
  '專櫃價',
  '日常价',
  '日常價',
  '市场价',
  '市場價',
  '指导价',
  '指導價',
  '平时卖',
  '平時賣',
  '外面卖',
  '外面賣',
  '专柜卖',
  '專櫃賣',
  '原售价',
  '原售價',
  '日常售价',
  '日常售價',
  '建议零售价',
  '建議零售價',
  '零售价',
  '零售價',
  '门店价',
  '門店價',
  '官网价',
  '官網價',
  '正常价',
  '正常價',
  '之前卖',
  '之前賣',
  '以前卖',
  '以前賣',
  'original price',
  'regular price',
  'list price',
  'retail price',
  'rrp',
  'msrp',
  'was',
];
const PRICE_TAIL = /^[\s:：¥￥$0-9,.元一二三四五六七八九十百千万萬两兩零]*/u;
/** A verb between a was-price word and its amount (原价是九千八, 专柜卖到一千二, 平时要 599). */
const PRICE_VERB = /^\s*(?:是|为|為|要|都要|卖到|賣到|卖|賣|高达|高達|标|標)/u;
const DAY_MS = 86_400_000;

/** The lowest reported transaction price in the reference window, or undefined without history. */
export function referencePrice(context: ScreenContext): number | undefined {
  const history = context.priceHistory;
  if (!history || history.length === 0) return undefined;
  const start = context.promotionStart ? Date.parse(context.promotionStart) : Number.NaN;
  let min = Number.POSITIVE_INFINITY;
  for (const h of history) {
    if (!Number.isNaN(start)) {
      const t = Date.parse(h.date);
      if (!(t < start && t >= start - 7 * DAY_MS)) continue;
    }
    if (h.amount < min) min = h.amount;
  }
  return Number.isFinite(min) ? min : undefined;
}

/** The span of the was-price claim in the text: a was-price word and the amount after it, or the amount. */
function wasPriceSpan(text: string, amount: number): [number, number] | undefined {
  const lower = text.toLowerCase();
  for (const w of WAS_PRICE_WORDS) {
    const ascii = /^[a-z]/.test(w);
    for (let at = lower.indexOf(w); at !== -1; at = lower.indexOf(w, at + 1)) {
      // An ASCII word must stand alone ('was' is not inside 'wash').
      if (ascii && (/[a-z]/.test(lower[at - 1] ?? '') || /[a-z]/.test(lower[at + w.length] ?? ''))) continue;
      const verb = ascii ? 0 : (PRICE_VERB.exec(text.slice(at + w.length, at + w.length + 4))?.[0].length ?? 0);
      const from = at + w.length + verb;
      const tail = PRICE_TAIL.exec(text.slice(from, from + 16))?.[0] ?? '';
      const amountText = tail.trimEnd().replace(/[,.，]+$/, '');
      // The word must be followed by an amount (原价599, 平时卖一千二), not stand in a sentence.
      if (!/[0-9一二三四五六七八九十百千万萬两兩]/u.test(amountText)) continue;
      return [at, from + amountText.length];
    }
  }
  for (const form of [String(amount), amount.toLocaleString('en-US')]) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at + form.length);
      if (!isNumeral(before) && !isNumeral(after)) return [at, at + form.length];
    }
  }
  return undefined;
}

function findPriceFraud(text: string, context: ScreenContext | undefined): ScreenFinding | undefined {
  const was = context?.wasPrice?.amount;
  if (context === undefined || was === undefined) return undefined;
  const reference = referencePrice(context);
  if (reference === undefined || was <= reference) return undefined;
  const span = wasPriceSpan(text, was);
  if (!span) return undefined;
  return {
    category: 'price_fraud',
    severity: was >= reference * 1.5 ? 4 : 3,
    term: 'price:was-above-7-day-low',
    section: 'text',
    line: buildLineIndex(text).lineOf(span[0]),
    start: span[0],
    end: span[1],
    text: text.slice(span[0], span[1]),
  };
}

// ---------------------------------------------------------------------------------------------
// Keyword stuffing: separator-joined keyword chains, repeated keywords, hidden text.

// Character types for the chain scanner: keyword characters, gaps (spaces, list separators, the
// prose separators ， and 、) and breaks (line ends, sentence punctuation, markup).
const TOKEN = 0;
const SPACE = 1;
const LIST = 2;
const PROSE = 3;
const BREAK = 4;
const CHAR_TYPE = (() => {
  const t = new Uint8Array(65_536);
  for (const c of ' \t\u3000\u00a0') t[c.charCodeAt(0)] = SPACE;
  for (const c of ',|｜_/-–—') t[c.charCodeAt(0)] = LIST;
  for (const c of '，、') t[c.charCodeAt(0)] = PROSE;
  for (const c of '\n\r\f\v<>"\'。！？；;:：.!?()（）') t[c.charCodeAt(0)] = BREAK;
  return t;
})();
/** Longest keyword in a chain; a longer run of text is prose and ends the chain. */
const MAX_TOKEN = 16;

/** Most keywords examined in one chain; a longer chain is cut there (it is stuffing either way). */
const MAX_CHAIN = 256;

/** One chain found by forEachChain; the token arrays are reused, valid only during the callback. */
interface Chain {
  start: number;
  end: number;
  tokens: number;
  tokStart: Int32Array;
  tokEnd: Int32Array;
  /** Gaps holding a list separator (, | _ / -), so pieces = listGaps + 1. */
  listGaps: number;
  /** Most keywords in one piece between list separators. */
  maxPieceWords: number;
}

const chain: Chain = {
  start: 0,
  end: 0,
  tokens: 0,
  tokStart: new Int32Array(MAX_CHAIN),
  tokEnd: new Int32Array(MAX_CHAIN),
  listGaps: 0,
  maxPieceWords: 0,
};

/**
 * Calls back for every chain of at least three keywords joined by spaces or one separator each
 * (a,b,c · a | b | c · a b c). Linear, and allocates nothing.
 */
function forEachChain(text: string, found: (c: Chain) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && CHAR_TYPE[text.charCodeAt(i)] !== TOKEN) i++;
    chain.start = i;
    chain.tokens = 0;
    chain.listGaps = 0;
    chain.maxPieceWords = 0;
    let pieceWords = 0;
    for (;;) {
      const ts = i;
      while (i < n && CHAR_TYPE[text.charCodeAt(i)] === TOKEN) i++;
      if (i - ts > MAX_TOKEN || chain.tokens === MAX_CHAIN) break;
      chain.tokStart[chain.tokens] = ts;
      chain.tokEnd[chain.tokens] = i;
      chain.tokens++;
      chain.end = i;
      pieceWords++;
      if (pieceWords > chain.maxPieceWords) chain.maxPieceWords = pieceWords;
      let seps = 0;
      let list = false;
      while (i < n) {
        const t = CHAR_TYPE[text.charCodeAt(i)];
        if (t === TOKEN || t === BREAK) break;
        if (t !== SPACE) seps++;
        if (t === LIST) list = true;
        i++;
      }
      if (i >= n || CHAR_TYPE[text.charCodeAt(i)] === BREAK || seps > 1) break;
      if (list) {
        chain.listGaps++;
        pieceWords = 0;
      }
    }
    if (chain.tokens >= 3) found(chain);
  }
}

const isHanUnit = (c: number) => c >= 0x3400 && c <= 0x9fff;

function tokenHasHan(text: string, c: Chain, k: number): boolean {
  for (let i = c.tokStart[k]; i < c.tokEnd[k]; i++) if (isHanUnit(text.charCodeAt(i))) return true;
  return false;
}

function sameToken(text: string, c: Chain, a: number, b: number): boolean {
  const len = c.tokEnd[a] - c.tokStart[a];
  if (len !== c.tokEnd[b] - c.tokStart[b]) return false;
  for (let i = 0; i < len; i++)
    if (text.charCodeAt(c.tokStart[a] + i) !== text.charCodeAt(c.tokStart[b] + i)) return false;
  return true;
}

/** Whether some keyword (two Han characters or four other characters at least) occurs three times. */
function repeatedToken(text: string, c: Chain): boolean {
  for (let a = 0; a < c.tokens; a++) {
    const len = c.tokEnd[a] - c.tokStart[a];
    if (len < 2) continue;
    if (len < 4 && !tokenHasHan(text, c, a)) continue;
    let seen = 1;
    for (let b = a + 1; b < c.tokens; b++) if (sameToken(text, c, a, b) && ++seen >= 3) return true;
  }
  return false;
}

const SEP_SPLIT = /[\s,，、|｜\-–—_/]+/u;
const RISKY: ReadonlySet<LexiconCategory> = new Set(['sexual', 'gambling', 'drugs', 'weapons', 'fraud']);
const HIDDEN_TAG =
  /<([a-z][a-z0-9]*)\b[^>]*\bstyle\s*=\s*["'][^"']*(?:display\s*:\s*none|font-size\s*:\s*0(?![.\d]*[1-9])|visibility\s*:\s*hidden)[^"']*["'][^>]*>/giu;

/** Whether the token holds the two units a, b side by side. */
function tokenHasPair(text: string, c: Chain, k: number, a: number, b: number): boolean {
  for (let i = c.tokStart[k]; i + 1 < c.tokEnd[k]; i++)
    if (text.charCodeAt(i) === a && text.charCodeAt(i + 1) === b) return true;
  return false;
}

/**
 * How many keywords share their commonest Han bigram (北京同城约 上海同城约 … share 同城), counting up to
 * `enough` at most. A bigram in `enough` keywords occurs in one of the first tokens - enough + 1.
 */
function sharedBigram(text: string, c: Chain, enough: number): number {
  let best = 0;
  for (let k = 0; k <= c.tokens - enough; k++) {
    for (let i = c.tokStart[k]; i + 1 < c.tokEnd[k]; i++) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      if (!isHanUnit(a) || !isHanUnit(b)) continue;
      let count = 1;
      for (let j = k + 1; j < c.tokens && count < enough; j++) if (tokenHasPair(text, c, j, a, b)) count++;
      if (count > best) best = count;
      if (best >= enough) return best;
    }
  }
  return best;
}

/** How many | or ｜ text[start, end) holds. */
function pipes(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7c || c === 0xff5c) n++;
  }
  return n;
}

function riskyInside(findings: readonly ScreenFinding[], start: number, end: number): number {
  let n = 0;
  for (const f of findings) if (RISKY.has(f.category) && f.start >= start && f.end <= end) n++;
  return n;
}

/**
 * Keyword chains in one piece of text that look like stuffing: a keyword repeated (or a Han bigram
 * shared by five keywords), a long Han keyword run, a list (five or more pieces joined by , | / - _)
 * in a comment or page, or in a page's title, meta or footer a chain holding two risky terms.
 */
function findChains(piece: Piece, kind: ContentKind, lexical: readonly ScreenFinding[], pass: ScreenPass): void {
  const { text, section } = piece;
  const source = pass.text;
  forEachChain(text, (c) => {
    // Pieces between list separators (not spaces, not the prose commas ， and 、), each at most two words.
    const listLike = c.listGaps >= 4 && c.maxPieceWords <= 2;
    let han = 0;
    for (let k = 0; k < c.tokens; k++) if (tokenHasHan(text, c, k)) han++;
    let repeated = repeatedToken(text, c);
    if (!repeated && han >= 5) repeated = sharedBigram(text, c, 5) >= 5;
    const tokenCount = c.tokens;
    const [start, end] = spanIn(piece, c.start, c.end, source);
    const risky = riskyInside(lexical, start, end);
    const strict = section === 'title' || section === 'meta' || section === 'footer';
    let severity = 0;
    if (repeated) severity = 2;
    else if (tokenCount >= 12 && han >= 8) severity = 2;
    // A page's meta keywords are a list by design (沙发,床垫,衣柜): only repetition or risk makes them stuffing.
    else if (listLike && section !== 'meta' && (strict || kind === 'comment' || kind === 'web_page')) severity = 2;
    else if (strict && tokenCount >= 5 && risky >= 2) severity = 3;
    // Four pieces or more joined by | in a page's title, meta or footer, two of them risky (a porn or
    // casino title); a title's "shop - category - page" hyphens are its ordinary form.
    else if (strict && c.listGaps >= 3 && risky >= 2 && pipes(text, c.start, c.end) >= 3) severity = 3;
    if (severity === 0) return;
    if (risky >= 2) severity = 4;
    pass.push(
      'spam_seo',
      severity,
      repeated ? 'stuffing:repeated-keyword' : 'stuffing:keyword-chain',
      section,
      start,
      end,
    );
  });
}

/** One searchable piece of the input: the whole text, or a decoded run of an HTML section. */
interface Piece {
  text: string;
  /** Source offset of every unit of text (HTML runs); undefined when text is the input itself. */
  offsets?: Int32Array;
  section: ScreenFinding['section'];
}

/** Source span of piece[start, end), entities included. */
function spanIn(piece: Piece, start: number, end: number, source: string): [number, number] {
  if (!piece.offsets) return [start, end];
  const span = sourceSpan({ text: piece.text, offsets: piece.offsets }, start, end, source);
  return [span.start, span.end];
}

// A separator sellers put inside a messenger's name (微❤信, 薇.信, v-信): the matcher skips them in
// lexicon terms, this regular expression spells them out.
const NAME_SEP = '[\\s.*\\-_|/\\\\~•·・❤♥★☆●○✨💕]?';
const ID_DIGIT = '[\\d零〇一二三四五六七八九幺壹贰貳叁肆伍陆陸柒捌玖①-⑨❶-❾]';
export const CONTACT_ID = new RegExp(
  `(?<![a-z])(qq群?|扣扣|企鹅号?|微${NAME_SEP}(?:[(（]\\s*wei\\s*[)）])?信号?|薇${NAME_SEP}信|威${NAME_SEP}信|卫星|衛星|v${NAME_SEP}信|vx|wx|wechat|whatsapp|telegram|tg|line\\s?id|纸飞机|紙飛機|飞机号|飛機號|綠色軟件|绿色软件|绿泡泡|綠泡泡|[+➕]\\s?(?:vx|wx|v|微|薇|威)|(?:v|薇|威|微)${NAME_SEP}(?=\\s*[:：]))\\s*[:：]?\\s*(?:号码?|號碼?|是|搜|id)?\\s*[:：]?\\s*(@[a-z0-9_]{3,32}|[a-z](?=[a-z0-9_-]*[0-9_])[a-z0-9_-]{4,19}|\\+?${ID_DIGIT}(?:\\s?${ID_DIGIT}){4,13})(?![a-z0-9])`,
  'giu',
);
// Units of ID_DIGIT, for the prefilter below.
const ID_DIGIT_UNIT = (() => {
  const table = new Uint8Array(65_536);
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  for (const ch of '零〇一二三四五六七八九幺壹贰貳叁肆伍陆陸柒捌玖') table[ch.charCodeAt(0)] = 1;
  for (let c = 0x2460; c <= 0x2468; c++) table[c] = 1;
  for (let c = 0x2776; c <= 0x277e; c++) table[c] = 1;
  return table;
})();

/**
 * Whether text may hold the id part of CONTACT_ID: an @ or _, five id digits in a row (spaces
 * between them ignored), or a run of five ASCII letters, digits or hyphens with a digit in it. Most
 * shop text holds none, and this one pass costs far less than the regular expression's alternation
 * tried at every position.
 */
export function mayHoldContactId(text: string): boolean {
  let digits = 0;
  let word = 0;
  let wordDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x40 || c === 0x5f) return true;
    if (ID_DIGIT_UNIT[c] === 1) {
      if (++digits >= 5) return true;
    } else if (!isRegExpSpace(c)) {
      digits = 0;
    }
    const lower = c | 0x20;
    const asciiDigit = c >= 0x30 && c <= 0x39;
    // ſ and the Kelvin sign fold to s and k under the i and u flags.
    if (asciiDigit || c === 0x2d || (lower >= 0x61 && lower <= 0x7a) || c === 0x17f || c === 0x212a) {
      word++;
      if (asciiDigit) wordDigit = true;
      if (word >= 5 && wordDigit) return true;
    } else {
      word = 0;
      wordDigit = false;
    }
  }
  return false;
}

/** Whether unit c is a \\s of a regular expression with the u flag. */
function isRegExpSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A landline after a phone word (电话 021-62345678); a brand's 400 or 800 service line is not one. */
const LANDLINE =
  /(?<![a-z])(?:电话|電話|座机|座機|tel|phone|call)\s*[:：]?\s*(?:\+?86[\s-]?)?[0０][1-9１-９][0-9０-９]{1,2}[\s\-－]?[0-9０-９]{7,8}(?![0-9０-９])/giu;
const EMAIL = /(?<![a-z0-9._%+-])[a-z0-9._%+-]{2,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}(?![a-z0-9])/giu;
const URL =
  /(?<![a-z0-9.@_-])(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|cn|net|top|xyz|me|cc|vip|shop|io|org|info|club|site|online|hk|tw|app|link|ly)(?![a-z0-9-])(?:\/[^\s<>"'，。]*)?/giu;

/** A well-known courier, bank, payment or shop name inside a host on a cheap top-level domain. */
const LOOKALIKE_HOST =
  /(?<![a-z])(?:chinapost|ems|sf-?express|yunda|zto|yto|cainiao|jdl|icbc|ccb|boc|abchina|bankcomm|cmbchina|psbc|alipay|taobao|tmall|jd|pinduoduo|apple|icloud|paypal|amazon|unionpay|95588|95533|10086|chinamobile|chinaunicom|12306|12123|etc|customs|chinatax)(?=[-.0-9])[a-z0-9.-]*\.(?:top|xyz|cc|vip|shop|club|site|online|info|link|ly|me)(?![a-z0-9-])/iu;

function addContact(pass: ScreenPass, piece: Piece, term: string, s: number, e: number): void {
  const [start, end] = spanIn(piece, s, e, pass.text);
  pass.push('diversion', 3, term, piece.section, start, end);
}

function contactsIn(piece: Piece, kind: ContentKind, pass: ScreenPass): void {
  findMobileNumbers(piece.text, (s, e) => addContact(pass, piece, 'contact:mobile', s, e));
  if (mayHoldContactId(piece.text)) {
    CONTACT_ID.lastIndex = 0;
    for (let m = CONTACT_ID.exec(piece.text); m !== null; m = CONTACT_ID.exec(piece.text))
      addContact(pass, piece, 'contact:id', m.index, m.index + m[0].length);
  }
  if (piece.text.includes('.')) {
    URL.lastIndex = 0;
    for (let m = URL.exec(piece.text); m !== null; m = URL.exec(piece.text)) {
      addContact(pass, piece, 'contact:url', m.index, m.index + m[0].length);
      // A courier's, bank's or shop's name on a throwaway domain (chinapost-cn.top) is a phishing link:
      // fraud as well as a way off the platform.
      if (LOOKALIKE_HOST.test(m[0])) {
        const [start, end] = spanIn(piece, m.index, m.index + m[0].length, pass.text);
        pass.push('fraud', 4, 'contact:lookalike-url', piece.section, start, end);
      }
    }
  }
  // A shop's own page lists its phone and mail, and a buyer's feedback may quote the seller's: only
  // listings, streams and comments are told off for them.
  if (kind === 'web_page' || kind === 'feedback') return;
  if (piece.text.includes('@')) {
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(piece.text); m !== null; m = EMAIL.exec(piece.text))
      addContact(pass, piece, 'contact:email', m.index, m.index + m[0].length);
  }
  LANDLINE.lastIndex = 0;
  for (let m = LANDLINE.exec(piece.text); m !== null; m = LANDLINE.exec(piece.text))
    addContact(pass, piece, 'contact:landline', m.index, m.index + m[0].length);
}

/**
 * The contact, keyword-stuffing, phrase and staged-drama detectors, over the text or over each
 * section of a page.
 */
function runDetectors(
  kind: ContentKind,
  pass: ScreenPass,
  contacts: boolean,
  stuffing: boolean,
  phrases: boolean,
): void {
  const { text, context } = pass;
  const lexical = pass.findings.slice();
  const pieces: Piece[] = [];
  if (kind === 'web_page') {
    for (const section of splitHtml(text))
      for (const run of section.runs) pieces.push({ text: run.text, offsets: run.offsets, section: section.name });
  } else {
    pieces.push({ text, section: 'text' });
  }
  const productCategory = context?.category;
  for (const piece of pieces) {
    if (contacts) contactsIn(piece, kind, pass);
    if (stuffing) {
      findChains(piece, kind, lexical, pass);
      if (piece.section === 'title' || piece.section === 'meta') keywordDensity(piece, pass);
    }
    if (!phrases) continue;
    const folded = piece.offsets ? foldText(piece.text) : pass.folded();
    findPhrases(folded, kind, productCategory, (m) => {
      const [start, end] = spanIn(piece, m.start, m.end, text);
      const { category, severity, term } = m.pattern;
      pass.push(category, severity, term, piece.section, start, end);
    });
    if (kind === 'live_segment') {
      let lexicalCues = 0;
      for (const f of lexical) if (f.category === 'staged_drama') lexicalCues++;
      const recent = Array.isArray(context?.recentSegments)
        ? context.recentSegments.filter((r): r is string => typeof r === 'string').map(foldText)
        : [];
      for (const cue of findStagedDrama(folded, recent, lexicalCues)) {
        const [start, end] = spanIn(piece, cue.start, cue.end, text);
        pass.push('staged_drama', cue.severity, cue.term, piece.section, start, end);
      }
    }
  }
  if (stuffing && kind === 'web_page') linkFarm(lexical, pass);
  if (!stuffing || kind !== 'web_page') return;
  HIDDEN_TAG.lastIndex = 0;
  for (let m = HIDDEN_TAG.exec(text); m !== null; m = HIDDEN_TAG.exec(text)) {
    const contentStart = m.index + m[0].length;
    const close = text.indexOf('<', contentStart);
    const contentEnd = close === -1 ? text.length : close;
    const content = text.slice(contentStart, contentEnd).trim();
    const tokens = content.length === 0 ? 0 : content.split(SEP_SPLIT).length;
    if (tokens < 3 && riskyInside(lexical, contentStart, contentEnd) === 0) continue;
    // The tag and what it hides: the hidden keywords are what a reviewer needs to see.
    pass.push('spam_seo', 4, 'stuffing:hidden-text', 'body', m.index, contentEnd);
  }
}

/** Occurrences of one Han bigram that make a title or description local-SEO stuffing (上海搬家 … 浦东搬家 …). */
const DENSE_BIGRAM = 4;

/**
 * A page title or description that repeats one Han bigram DENSE_BIGRAM times or more in prose
 * (上海搬家公司提供上海搬家、浦东搬家、闵行搬家、徐汇搬家服务) is stuffed for search, even when no keyword
 * chain shows: severity 2 in a title, 1 in a description.
 */
function keywordDensity(piece: Piece, pass: ScreenPass): void {
  const text = piece.text;
  const n = Math.min(text.length, 400);
  for (let i = 0; i + 1 < n; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (!isHanUnit(a) || !isHanUnit(b)) continue;
    let count = 1;
    for (let j = i + 2; j + 1 < n && count < DENSE_BIGRAM; j++)
      if (text.charCodeAt(j) === a && text.charCodeAt(j + 1) === b) count++;
    if (count < DENSE_BIGRAM) continue;
    let s = 0;
    let e = text.length;
    while (s < e && text.charCodeAt(s) <= 0x20) s++;
    while (e > s && text.charCodeAt(e - 1) <= 0x20) e--;
    const [start, end] = spanIn(piece, s, e, pass.text);
    pass.push('spam_seo', piece.section === 'title' ? 2 : 1, 'stuffing:keyword-density', piece.section, start, end);
    return;
  }
}

const LINK_FARM = /友情链接|友链|friendly links/giu;

/**
 * A footer "友情链接" block whose links name risky terms is a link farm: the label is reported, at
 * severity 3 (or 4 when two risky terms or more follow it).
 */
function linkFarm(lexical: readonly ScreenFinding[], pass: ScreenPass): void {
  const html = pass.text;
  LINK_FARM.lastIndex = 0;
  for (let m = LINK_FARM.exec(html); m !== null; m = LINK_FARM.exec(html)) {
    const start = m.index;
    const end = start + m[0].length;
    const close = html.slice(end).search(/<\/(?:footer|div|p|ul|section)>/iu);
    const until = close === -1 ? html.length : end + close;
    const risky = riskyInside(lexical, end, until);
    if (risky === 0) continue;
    const lower = html.slice(0, start).toLowerCase();
    const section = lower.lastIndexOf('<footer') > lower.lastIndexOf('</footer') ? 'footer' : 'body';
    pass.push('spam_seo', risky >= 2 ? 4 : 3, 'stuffing:link-farm', section, start, end);
  }
}
