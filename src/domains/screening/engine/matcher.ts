import { buildCharClasses, type CharClasses, type FoldOptions, NO_CLASS, SKIP_CLASS } from './char-classes.js';

// Aho–Corasick over class numbers (see char-classes.ts), compiled once into typed arrays.
//
// Two table layouts, chosen by size:
//  - dense: a full DFA, states × (classes + 1) Int32Array with the failure links folded in, so
//    each code unit costs one class read and one table read. Used while the table stays small
//    (DENSE_MAX_ENTRIES), i.e. for policy-sized word lists.
//  - compact: a double-array trie (base/check) with failure links. A dense DFA of a 20,000-word
//    Chinese lexicon (≈68k states × ≈2.1k classes) would be ≈590 MB; the double array keeps it
//    near 1.2 MB, in cache, at the cost of following a failure link on a miss (amortised ≤ 2 steps
//    per code unit). Units of no pattern (class 0) go straight back to the root in both layouts.
//
// Outputs are flat: outStart[s]..outStart[s + 1] indexes outIds, the ids of every pattern that
// ends in state s, those reached by dictionary suffix links included (longest first). Merged
// lists cost memory only for pathological sets (a, aa, aaa, … gives a quadratic total).

export interface MatcherOptions extends FoldOptions {
  /** Force a table layout; by default dense while it has at most DENSE_MAX_ENTRIES cells. */
  layout?: 'auto' | 'dense' | 'compact';
}

export interface Match {
  patternId: number;
  /** UTF-16 offset of the first matched code unit in the original text. */
  start: number;
  /** UTF-16 offset just after the last matched code unit. */
  end: number;
}

export type MatchCallback = (patternId: number, start: number, end: number) => void;

export interface Matcher {
  readonly layout: 'dense' | 'compact';
  readonly patternCount: number;
  readonly stateCount: number;
  readonly classes: CharClasses;
  /** Bytes of every typed array the scan reads, the class map included. */
  readonly tableBytes: number;
  /**
   * Calls back for every occurrence of every pattern, overlapping ones included, in order of end
   * offset (longer patterns first at the same end). Duplicate patterns are reported under each id.
   */
  forEach(text: string, callback: MatchCallback): void;
  /** The number of matches forEach would report, without calling anything per match. */
  count(text: string): number;
  findAll(text: string): Match[];
}

/** Above this many cells (4 bytes each) the dense DFA gives way to the compact layout. */
export const DENSE_MAX_ENTRIES = 1 << 20;

interface Trie {
  children: Map<number, number>[];
  own: number[][];
  /** Nodes in breadth-first order: a node's failure target always comes before it. */
  order: number[];
  fail: Int32Array;
  /** Merged output lists in CSR form, indexed by node. */
  outStart: Int32Array;
  outIds: Int32Array;
}

function buildTrie(encoded: readonly number[][]): Trie {
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  encoded.forEach((classes, id) => {
    if (classes.length === 0) return;
    let node = 0;
    for (const c of classes) {
      let next = children[node].get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[node].set(c, next);
      }
      node = next;
    }
    own[node].push(id);
  });

  const n = children.length;
  const fail = new Int32Array(n);
  const order: number[] = [0];
  for (let q = 0; q < order.length; q++) {
    const u = order[q];
    for (const [c, v] of children[u]) {
      if (u !== 0) {
        let f = fail[u];
        while (f !== 0 && !children[f].has(c)) f = fail[f];
        fail[v] = children[f].get(c) ?? 0;
      }
      order.push(v);
    }
  }

  const merged: number[][] = new Array(n);
  let total = 0;
  for (const u of order) {
    merged[u] = u === 0 ? own[0] : own[u].concat(merged[fail[u]]);
    total += merged[u].length;
  }
  const outStart = new Int32Array(n + 1);
  const outIds = new Int32Array(total);
  let k = 0;
  for (let u = 0; u < n; u++) {
    outStart[u] = k;
    for (const id of merged[u]) outIds[k++] = id;
  }
  outStart[n] = k;
  return { children, own, order, fail, outStart, outIds };
}

interface Tables {
  layout: 'dense' | 'compact';
  /** dense: the DFA; compact: base. */
  next: Int32Array;
  /** compact only (empty for dense). */
  check: Int32Array;
  fail: Int32Array;
  outStart: Int32Array;
  outIds: Int32Array;
}

function denseTables(trie: Trie, stride: number): Tables {
  const n = trie.children.length;
  const delta = new Int32Array(n * stride);
  for (const u of trie.order) {
    const row = u * stride;
    if (u !== 0) delta.set(delta.subarray(trie.fail[u] * stride, trie.fail[u] * stride + stride), row);
    for (const [c, v] of trie.children[u]) delta[row + c] = v;
    delta[row + NO_CLASS] = 0;
  }
  return {
    layout: 'dense',
    next: delta,
    check: new Int32Array(0),
    fail: trie.fail,
    outStart: trie.outStart,
    outIds: trie.outIds,
  };
}

function compactTables(trie: Trie, classCount: number): Tables {
  const n = trie.children.length;
  let cap = Math.max(16, n + classCount + 2);
  let base = new Int32Array(cap);
  let check = new Int32Array(cap).fill(-1);
  const grow = (need: number) => {
    if (need < cap) return;
    let c = cap;
    while (c <= need) c *= 2;
    const b = new Int32Array(c);
    b.set(base);
    const k = new Int32Array(c).fill(-1);
    k.set(check);
    base = b;
    check = k;
    cap = c;
  };
  const slot = new Int32Array(n);
  check[0] = -2; // the root's slot is nobody's child
  let firstFree = 1;
  let maxSlot = 0;
  for (const u of trie.order) {
    const s = slot[u];
    const kids = [...trie.children[u].keys()].sort((a, b) => a - b);
    if (kids.length === 0) continue; // base 0: every lookup lands on a slot whose check is not s
    const first = kids[0];
    while (check[firstFree] !== -1) firstFree++;
    let pos = Math.max(firstFree, first);
    for (;;) {
      grow(pos + classCount + 1);
      if (check[pos] !== -1) {
        pos++;
        continue;
      }
      const b = pos - first;
      let ok = true;
      for (let i = 1; i < kids.length; i++) {
        if (check[b + kids[i]] !== -1) {
          ok = false;
          break;
        }
      }
      if (ok) break;
      pos++;
    }
    const b = pos - first;
    base[s] = b;
    for (const c of kids) {
      const t = b + c;
      check[t] = s;
      slot[trie.children[u].get(c)!] = t;
      if (t > maxSlot) maxSlot = t;
    }
  }

  // Every lookup is base[s] + c with c ≤ classCount: keep that many cells past the last used slot.
  const size = maxSlot + classCount + 2;
  const states = maxSlot + 1;
  const failBySlot = new Int32Array(states);
  const outStart = new Int32Array(states + 1);
  const nodeAt = new Int32Array(states).fill(-1);
  for (let u = 0; u < n; u++) {
    nodeAt[slot[u]] = u;
    failBySlot[slot[u]] = slot[trie.fail[u]];
  }
  const outIds = new Int32Array(trie.outIds.length);
  let k = 0;
  for (let s = 0; s < states; s++) {
    outStart[s] = k;
    const u = nodeAt[s];
    if (u < 0) continue;
    for (let j = trie.outStart[u]; j < trie.outStart[u + 1]; j++) outIds[k++] = trie.outIds[j];
  }
  outStart[states] = k;
  const checkOut = new Int32Array(size).fill(-1);
  checkOut.set(check.subarray(0, Math.min(size, cap)));
  const baseOut = new Int32Array(size);
  baseOut.set(base.subarray(0, Math.min(size, cap)));
  return { layout: 'compact', next: baseOut, check: checkOut, fail: failBySlot, outStart, outIds };
}

class AhoCorasickMatcher implements Matcher {
  readonly layout: 'dense' | 'compact';
  readonly tableBytes: number;
  private readonly classOf: Uint16Array;
  private readonly stride: number;
  private readonly next: Int32Array;
  private readonly check: Int32Array;
  private readonly fail: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  /** Length of each pattern in matched (non-skip) code units; 0 for ignored patterns. */
  private readonly patLen: Int32Array;
  private readonly ringMask: number;

  constructor(
    readonly classes: CharClasses,
    readonly patternCount: number,
    readonly stateCount: number,
    tables: Tables,
    patLen: Int32Array,
  ) {
    this.layout = tables.layout;
    this.classOf = classes.classOf;
    this.stride = classes.classCount + 1;
    this.next = tables.next;
    this.check = tables.check;
    this.fail = tables.fail;
    this.outStart = tables.outStart;
    this.outIds = tables.outIds;
    this.patLen = patLen;
    let maxLen = 1;
    for (let i = 0; i < patLen.length; i++) if (patLen[i] > maxLen) maxLen = patLen[i];
    let ring = 1;
    while (ring < maxLen) ring <<= 1;
    this.ringMask = ring - 1;
    this.tableBytes =
      this.classOf.byteLength +
      this.next.byteLength +
      this.check.byteLength +
      this.fail.byteLength +
      this.outStart.byteLength +
      this.outIds.byteLength +
      this.patLen.byteLength;
  }

  forEach(text: string, callback: MatchCallback): void {
    if (this.classes.hasSkip) this.scanSkipping(text, callback);
    else if (this.layout === 'dense') this.scanDense(text, callback);
    else this.scanCompact(text, callback);
  }

  count(text: string): number {
    // One callback per match, not per character: counting through the scan costs little and keeps
    // a single copy of each automaton walk.
    let n = 0;
    this.forEach(text, () => {
      n++;
    });
    return n;
  }

  findAll(text: string): Match[] {
    const out: Match[] = [];
    this.forEach(text, (patternId, start, end) => {
      out.push({ patternId, start, end });
    });
    return out;
  }

  private scanDense(text: string, callback: MatchCallback): void {
    const { classOf, next, stride, outStart, outIds, patLen } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      s = next[s * stride + classOf[text.charCodeAt(i)]];
      let k = outStart[s];
      const e = outStart[s + 1];
      for (; k < e; k++) {
        const id = outIds[k];
        callback(id, i + 1 - patLen[id], i + 1);
      }
    }
  }

  private scanCompact(text: string, callback: MatchCallback): void {
    const { classOf, next: base, check, fail, outStart, outIds, patLen } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = classOf[text.charCodeAt(i)];
      if (c === NO_CLASS) {
        s = 0;
        continue;
      }
      for (;;) {
        const t = base[s] + c;
        if (check[t] === s) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = fail[s];
      }
      let k = outStart[s];
      const e = outStart[s + 1];
      for (; k < e; k++) {
        const id = outIds[k];
        callback(id, i + 1 - patLen[id], i + 1);
      }
    }
  }

  /**
   * With skip units a match can span more original units than its pattern has, so a ring buffer
   * keeps the original offsets of the last non-skip units and a match starts at the offset of its
   * first one. One loop serves both layouts: skipping is the rarer, slower configuration.
   */
  private scanSkipping(text: string, callback: MatchCallback): void {
    const { classOf, next, check, fail, stride, outStart, outIds, patLen, ringMask } = this;
    const dense = this.layout === 'dense';
    const ring = new Int32Array(ringMask + 1);
    let j = 0;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = classOf[text.charCodeAt(i)];
      if (c === SKIP_CLASS) continue;
      ring[j & ringMask] = i;
      j++;
      if (c === NO_CLASS) {
        s = 0;
        continue;
      }
      if (dense) {
        s = next[s * stride + c];
      } else {
        for (;;) {
          const t = next[s] + c;
          if (check[t] === s) {
            s = t;
            break;
          }
          if (s === 0) break;
          s = fail[s];
        }
      }
      let k = outStart[s];
      const e = outStart[s + 1];
      for (; k < e; k++) {
        const id = outIds[k];
        callback(id, ring[(j - patLen[id]) & ringMask], i + 1);
      }
    }
  }
}

/**
 * Compiles patterns into a matcher; compile once and reuse it (the lexicon layer caches it per
 * version). Empty patterns (or patterns made only of skip units) are ignored; duplicates keep
 * their own ids and are all reported.
 */
export function compileMatcher(patterns: readonly string[], options: MatcherOptions = {}): Matcher {
  const classes = buildCharClasses(patterns, options);
  const encoded = patterns.map((p) => classes.encode(p));
  const patLen = new Int32Array(encoded.length);
  encoded.forEach((e, i) => {
    patLen[i] = e.length;
  });
  const trie = buildTrie(encoded);
  const stride = classes.classCount + 1;
  const nodes = trie.children.length;
  const layout = options.layout ?? 'auto';
  const dense = layout === 'dense' || (layout === 'auto' && nodes * stride <= DENSE_MAX_ENTRIES);
  const tables = dense ? denseTables(trie, stride) : compactTables(trie, classes.classCount);
  return new AhoCorasickMatcher(classes, patterns.length, nodes, tables, patLen);
}
