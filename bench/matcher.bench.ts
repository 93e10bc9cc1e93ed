import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileMatcher } from '../src/domains/screening/engine/matcher.js';

// The matcher against two references in the same run, on deterministic Chinese shop text with a
// 20,000-word lexicon planted in it:
//   (a) a trie of Maps walked from every start position (the obvious hand-written matcher);
//   (b) String.prototype.indexOf for every pattern in turn (timed on a slice: it is slow).
// All three must count the same overlapping matches. Throughput is UTF-8 megabytes a second.

export interface MatcherBenchOptions {
  /** Approximate size of the text in UTF-16 code units. */
  textUnits?: number;
  words?: number;
  /** Minimum time spent on each timed scan. */
  minMs?: number;
}

export interface MatcherBenchResult {
  words: number;
  textUtf8Bytes: number;
  buildMs: number;
  layout: string;
  states: number;
  classes: number;
  tableBytes: number;
  matches: number;
  forEachMBps: number;
  countMBps: number;
  trieMBps: number;
  indexOfMBps: number;
}

const LEXICON = fileURLToPath(new URL('../../shared/data/lexicons/houbb/sensitive_word_tags.txt', import.meta.url));

function lcg(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.floor((s / 2 ** 32) * n);
  };
}

function lexicon(words: number, rand: (n: number) => number): string[] {
  if (existsSync(LEXICON)) {
    const list = readFileSync(LEXICON, 'utf8')
      .split('\n')
      .map((line) => line.split(/\s+/)[0])
      .filter(Boolean);
    return list.slice(0, words);
  }
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    let w = '';
    for (let k = 2 + rand(5); k > 0; k--) w += String.fromCharCode(0x4e00 + rand(3_000));
    out.push(w);
  }
  return out;
}

const PHRASES = [
  '【包邮】',
  '正品保证',
  '七天无理由退换',
  '限时特价',
  '新款春季女装',
  '买二送一',
  '下单立减20元',
  '规格：500g×2袋',
  '店铺热卖',
  '，',
  '。',
  '！',
  ' ',
  'iPhone 15 Pro 256GB',
  '\n',
];

function shopText(units: number, words: readonly string[], rand: (n: number) => number): string {
  // Han characters drawn Zipf-like from ~6,000, with phrases, digits and lexicon words mixed in.
  const zipf = (n: number) => Math.floor(n ** (rand(1_000_000) / 1_000_000)) - 1;
  const parts: string[] = [];
  let size = 0;
  while (size < units) {
    const r = rand(100);
    let piece: string;
    if (r < 2) piece = words[rand(words.length)];
    else if (r < 12) piece = PHRASES[rand(PHRASES.length)];
    else if (r < 16) piece = String(rand(10_000));
    else piece = String.fromCharCode(0x4e00 + zipf(6_000));
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

function timeBest(minMs: number, run: () => number): { ms: number; result: number } {
  let best = Number.POSITIVE_INFINITY;
  let result = 0;
  const until = performance.now() + minMs;
  do {
    const t = performance.now();
    result = run();
    best = Math.min(best, performance.now() - t);
  } while (performance.now() < until);
  return { ms: best, result };
}

function trieCount(words: readonly string[]): (text: string) => number {
  interface Node {
    next: Map<number, Node>;
    ends: number;
  }
  const root: Node = { next: new Map(), ends: 0 };
  for (const w of words) {
    if (!w) continue;
    let node = root;
    for (let i = 0; i < w.length; i++) {
      const u = w.charCodeAt(i);
      let child = node.next.get(u);
      if (!child) {
        child = { next: new Map(), ends: 0 };
        node.next.set(u, child);
      }
      node = child;
    }
    node.ends++;
  }
  return (text) => {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      let node: Node | undefined = root;
      for (let j = i; j < text.length; j++) {
        node = node.next.get(text.charCodeAt(j));
        if (!node) break;
        n += node.ends;
      }
    }
    return n;
  };
}

function indexOfCount(words: readonly string[], text: string): number {
  let n = 0;
  for (const w of words) {
    if (!w) continue;
    for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + 1)) n++;
  }
  return n;
}

export async function runMatcherBench(options: MatcherBenchOptions = {}): Promise<MatcherBenchResult> {
  const rand = lcg(20_261_125);
  const words = lexicon(options.words ?? 20_000, rand);
  const text = shopText(options.textUnits ?? 400_000, words, rand);
  const minMs = options.minMs ?? 1_000;
  const mb = (units: string, ms: number) => Buffer.byteLength(units, 'utf8') / 1e6 / (ms / 1_000);

  const t0 = performance.now();
  const matcher = compileMatcher(words);
  const buildMs = performance.now() - t0;

  let sink = 0;
  const each = timeBest(minMs, () => {
    let n = 0;
    matcher.forEach(text, (id, start, end) => {
      n++;
      sink += id + start + end;
    });
    return n;
  });
  const count = timeBest(minMs, () => matcher.count(text));
  const trie = trieCount(words);
  const ref = timeBest(minMs, () => trie(text));
  const slice = text.slice(0, 20_000);
  const naive = timeBest(0, () => indexOfCount(words, slice));
  if (each.result !== count.result || count.result !== ref.result || naive.result !== matcher.count(slice)) {
    throw new Error(
      `match counts disagree: forEach ${each.result}, count ${count.result}, trie ${ref.result}; on the slice indexOf ${naive.result}, matcher ${matcher.count(slice)}`,
    );
  }
  if (sink === -1) throw new Error('unreachable');

  return {
    words: words.length,
    textUtf8Bytes: Buffer.byteLength(text, 'utf8'),
    buildMs,
    layout: matcher.layout,
    states: matcher.stateCount,
    classes: matcher.classes.classCount,
    tableBytes: matcher.tableBytes,
    matches: count.result,
    forEachMBps: mb(text, each.ms),
    countMBps: mb(text, count.ms),
    trieMBps: mb(text, ref.ms),
    indexOfMBps: mb(slice, naive.ms),
  };
}

export function formatMatcherReport(r: MatcherBenchResult): string {
  const f = (n: number) => n.toFixed(1);
  return [
    `matcher: ${r.words} words, ${r.classes} classes, ${r.states} states, ${r.layout} tables ${(r.tableBytes / 1e6).toFixed(2)} MB, built in ${f(r.buildMs)} ms`,
    `text: ${(r.textUtf8Bytes / 1e6).toFixed(2)} MB UTF-8, ${r.matches} overlapping matches (equal in all engines)`,
    `  matcher forEach      ${f(r.forEachMBps).padStart(8)} MB/s`,
    `  matcher count        ${f(r.countMBps).padStart(8)} MB/s`,
    `  (a) Map trie walk    ${f(r.trieMBps).padStart(8)} MB/s   forEach is ${f(r.forEachMBps / r.trieMBps)}×`,
    `  (b) indexOf per word ${f(r.indexOfMBps).padStart(8)} MB/s   forEach is ${f(r.forEachMBps / r.indexOfMBps)}×`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runMatcherBench().then(
    (r) => process.stdout.write(`${formatMatcherReport(r)}\n`),
    (err: unknown) => {
      process.stderr.write(`matcher bench failed: ${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
