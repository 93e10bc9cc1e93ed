import { buildCharClasses, type CharClasses, type FoldOptions, NO_CLASS, SKIP_CLASS } from './char-classes.js';

// The scans compare against these on every code unit: local literals, not the imported bindings,
// which optimised code reloads (and checks for initialisation) on each use.
const NONE = 0;
const SKIP = 0xffff;
if (NONE !== NO_CLASS || SKIP !== SKIP_CLASS) throw new Error('matcher.ts is out of step with char-classes.ts');

// Aho–Corasick over class numbers (see char-classes.ts), compiled once into typed arrays: no
// object per trie node at build time, none per code unit or match at scan time.
//
// Two table layouts, chosen by size:
//  - dense: a full DFA, states × (classes + 1) Int32Array with the failure links folded in, so
//    each code unit costs one class read and one table read. Used while the table stays small
//    (DENSE_MAX_ENTRIES), i.e. for policy-sized word lists.
//  - compact: a double-array trie (base/check) with failure links and a dense root row, scanned in
//    two modes (see scanCompact). A 20,000-word Chinese lexicon takes ≈1.5 MB, in cache, where a
//    dense DFA would take hundreds of megabytes, and builds in well under 100 ms.
// Units of no pattern (class 0) go straight back to the root in both layouts.
//
// Outputs are flat lists (see buildOutputs): the ids of every pattern that ends in a state, those
// reached by dictionary suffix links included (longest first).
//
// `npm run bench -- matcher` measures the compact layout against @monyone/aho-corasick on 50 MB of
// shop text.

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

/**
 * The trie of the encoded patterns in flat arrays (no object or Map per node: a 20,000-word
 * lexicon has ~50k nodes, and building them as objects cost more than everything else together).
 * Node 0 is the root; children are a singly linked list; the root's are also indexed by class.
 */
interface Trie {
  nodeCount: number;
  label: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** Node of the root's child of each class, 0 for none. */
  rootChild: Int32Array;
  /** Nodes in breadth-first order: a node's failure target always comes before it. */
  order: Int32Array;
  /** The patterns ending at each node, in id order: ownHead[node] then ownNext[id]; -1 ends. */
  ownHead: Int32Array;
  ownNext: Int32Array;
}

function buildTrie(encoded: readonly number[][], classCount: number): Trie {
  let total = 1;
  for (const e of encoded) total += e.length;
  const label = new Int32Array(total);
  const firstChild = new Int32Array(total).fill(-1);
  const nextSibling = new Int32Array(total).fill(-1);
  const ownHead = new Int32Array(total).fill(-1);
  const ownTail = new Int32Array(total).fill(-1);
  const ownNext = new Int32Array(encoded.length).fill(-1);
  const rootChild = new Int32Array(classCount + 1);
  let nodeCount = 1;
  for (let id = 0; id < encoded.length; id++) {
    const classes = encoded[id];
    if (classes.length === 0) continue;
    let node = 0;
    for (let k = 0; k < classes.length; k++) {
      const c = classes[k];
      let child = node === 0 ? rootChild[c] || -1 : firstChild[node];
      if (node !== 0) while (child !== -1 && label[child] !== c) child = nextSibling[child];
      if (child === -1) {
        child = nodeCount++;
        label[child] = c;
        nextSibling[child] = firstChild[node];
        firstChild[node] = child;
        if (node === 0) rootChild[c] = child;
      }
      node = child;
    }
    if (ownTail[node] === -1) ownHead[node] = id;
    else ownNext[ownTail[node]] = id;
    ownTail[node] = id;
  }
  const order = new Int32Array(nodeCount);
  let tail = 1;
  for (let q = 0; q < tail; q++) {
    for (let v = firstChild[order[q]]; v !== -1; v = nextSibling[v]) order[tail++] = v;
  }
  return { nodeCount, label, firstChild, nextSibling, rootChild, order, ownHead, ownNext };
}

/**
 * Output lists, indexed by node: 0 for none, else an offset into `data` holding the count and then
 * the pattern ids, own patterns first (longest) and then those of the failure target's list. A node
 * without patterns of its own shares its failure target's list instead of copying it, so only
 * pathological sets (a, aa, aaa, …) grow quadratically.
 */
function buildOutputs(trie: Trie, fail: Int32Array): { head: Int32Array; data: Int32Array } {
  const { nodeCount, order, ownHead, ownNext } = trie;
  const head = new Int32Array(nodeCount);
  let data = new Int32Array(1 + 2 * ownNext.length);
  let k = 1; // offset 0 means "no outputs"
  for (let q = 1; q < nodeCount; q++) {
    const u = order[q];
    const inherited = head[fail[u]];
    let own = 0;
    for (let id = ownHead[u]; id !== -1; id = ownNext[id]) own++;
    if (own === 0) {
      head[u] = inherited;
      continue;
    }
    const more = inherited === 0 ? 0 : data[inherited];
    if (k + 1 + own + more > data.length) {
      const grown = new Int32Array(Math.max(2 * data.length, k + 1 + own + more));
      grown.set(data);
      data = grown;
    }
    head[u] = k;
    data[k++] = own + more;
    for (let id = ownHead[u]; id !== -1; id = ownNext[id]) data[k++] = id;
    for (let j = 0; j < more; j++) data[k++] = data[inherited + 1 + j];
  }
  return { head, data: data.slice(0, k) };
}

interface DenseTables {
  layout: 'dense';
  /** Rows of `stride` cells per state; a cell holds the next state. */
  delta: Int32Array;
  /** Output list of each state (see buildOutputs). */
  outHead: Int32Array;
  outData: Int32Array;
}

/** The full DFA: failure links folded into every row, so a code unit costs one table read. */
function denseTables(trie: Trie, stride: number): DenseTables {
  const { nodeCount, order, firstChild, nextSibling, label } = trie;
  const delta = new Int32Array(nodeCount * stride);
  const fail = new Int32Array(nodeCount);
  for (let q = 0; q < nodeCount; q++) {
    const u = order[q];
    const row = u * stride;
    if (u !== 0) delta.copyWithin(row, fail[u] * stride, fail[u] * stride + stride);
    for (let v = firstChild[u]; v !== -1; v = nextSibling[v]) {
      // The failure target of a child is where the parent's failure state goes on its class.
      if (u !== 0) fail[v] = delta[fail[u] * stride + label[v]];
      delta[row + label[v]] = v;
    }
  }
  const out = buildOutputs(trie, fail);
  return { layout: 'dense', delta, outHead: out.head, outData: out.data };
}

/** Cells of the compact layout: three Int32 per slot, so a state's fields share a cache line. */
const CELL = 3;
const BASE = 0;
const FAIL = 1;
const OUT = 2;

/** Failed first-fit trials after which a free slot leaves the search (see compactTables). */
const TRIALS = 16;

/** A slot no state has: the `root` entry of a class without a root child. */
const NO_SLOT = -3;
/** The check value of a block of cells that every lookup from a one-unit pattern's class hits. */
const ONE_UNIT = -4;

interface CompactTables {
  layout: 'compact';
  /** Per slot: base, failure slot, output list offset (see CELL). */
  cells: Int32Array;
  /**
   * Per slot: the parent's slot (-1 when free, -2 for the root). Apart from the cells: the depth ≤ 1
   * loop reads only this, and 4 bytes a slot keep more of it in cache.
   */
  check: Int32Array;
  /** Per class c: base and slot of the root's child on c (NO_SLOT when none). */
  root: Int32Array;
  /**
   * As root, except that a class whose root child is a one-unit pattern points at a block of check
   * cells that all hold ONE_UNIT: its test always hits, so the depth ≤ 1 loop needs no second test
   * per unit for the rare one-unit patterns (see scanCompact).
   */
  rootTest: Int32Array;
  /** Per class c: output list of the root's child on c (one-unit patterns), 0 when none. */
  rootOut: Int32Array;
  outData: Int32Array;
}

/**
 * A double-array trie (base/check) with failure links: a state's child on class c is slot
 * base + c when that slot's check names the state; otherwise the walk follows failure links. A
 * dense DFA of a 20,000-word lexicon (≈50k states × ≈4.4k classes) would be ≈900 MB; this keeps
 * it near 1.5 MB. The root's children are also indexed by class (`root`), see scanCompact.
 */
function compactTables(trie: Trie, classCount: number): CompactTables {
  const { nodeCount, order, firstChild, nextSibling, label, rootChild } = trie;
  // Slots in use have check ≥ 0 (-2 for the root's); free ones are -1 and also sit in a sorted,
  // doubly linked free list headed at slot 0, so the first-fit search visits free slots only (the
  // array fills from the front and most slots below the frontier are taken). A free slot that has
  // failed as the first child's slot TRIALS times leaves the list: it can still be taken by a later
  // child, but the search stops paying for holes that fit nothing (packing loses a little).
  let cap = nodeCount + 2 * classCount + 16;
  let check = new Int32Array(cap).fill(-1);
  let base = new Int32Array(cap);
  let nextFree = new Int32Array(cap);
  let prevFree = new Int32Array(cap);
  let trials = new Uint8Array(cap);
  let lastFree = cap - 1;
  for (let t = 0; t < cap; t++) {
    nextFree[t] = t + 1 < cap ? t + 1 : -1;
    prevFree[t] = t - 1;
  }
  const grow = (need: number) => {
    if (need < cap) return;
    let c = cap;
    while (c <= need) c *= 2;
    const k = new Int32Array(c).fill(-1);
    k.set(check);
    const b = new Int32Array(c);
    b.set(base);
    const nf = new Int32Array(c);
    nf.set(nextFree);
    const pf = new Int32Array(c);
    pf.set(prevFree);
    const tr = new Uint8Array(c);
    tr.set(trials);
    for (let t = cap; t < c; t++) {
      nf[t] = t + 1 < c ? t + 1 : -1;
      pf[t] = t === cap ? lastFree : t - 1;
    }
    nf[lastFree] = cap;
    check = k;
    base = b;
    nextFree = nf;
    prevFree = pf;
    trials = tr;
    lastFree = c - 1;
    cap = c;
  };
  const unlink = (t: number) => {
    const n = nextFree[t];
    const p = prevFree[t];
    nextFree[p] = n;
    if (n !== -1) prevFree[n] = p;
    else lastFree = p;
  };
  const take = (t: number) => {
    if (trials[t] <= TRIALS) unlink(t);
  };
  const slot = new Int32Array(nodeCount);
  check[0] = -2; // the root's slot is nobody's child, and heads the free list
  prevFree[1] = 0;
  let maxSlot = 0;
  for (let q = 0; q < nodeCount; q++) {
    const u = order[q];
    const head = firstChild[u];
    if (head === -1) continue; // base 0: no slot's check names a leaf
    let minLabel = label[head];
    for (let v = nextSibling[head]; v !== -1; v = nextSibling[v]) if (label[v] < minLabel) minLabel = label[v];
    if (nextFree[0] === -1) grow(cap);
    let pos = nextFree[0];
    for (;;) {
      if (pos >= minLabel) {
        grow(pos - minLabel + classCount + 1);
        const b = pos - minLabel;
        let fits = true;
        for (let v = head; v !== -1; v = nextSibling[v]) {
          if (check[b + label[v]] !== -1) {
            fits = false;
            break;
          }
        }
        if (fits) break;
      }
      if (nextFree[pos] === -1) grow(cap);
      const next = nextFree[pos];
      if (++trials[pos] > TRIALS) unlink(pos);
      pos = next;
    }
    const b = pos - minLabel;
    const s = slot[u];
    base[s] = b;
    for (let v = head; v !== -1; v = nextSibling[v]) {
      const t = b + label[v];
      check[t] = s;
      take(t);
      slot[v] = t;
      if (t > maxSlot) maxSlot = t;
    }
  }

  // Failure links in node space, found through the double array (one lookup per try).
  const nodeAt = new Int32Array(maxSlot + 1);
  for (let u = 0; u < nodeCount; u++) nodeAt[slot[u]] = u;
  const fail = new Int32Array(nodeCount);
  for (let q = 1; q < nodeCount; q++) {
    // The root's children (q = 0) fail to the root, as fail is filled with 0.
    const u = order[q];
    for (let v = firstChild[u]; v !== -1; v = nextSibling[v]) {
      const c = label[v];
      let f = fail[u];
      let target = 0;
      for (;;) {
        if (f === 0) {
          target = rootChild[c];
          break;
        }
        const t = base[slot[f]] + c;
        if (check[t] === slot[f]) {
          target = nodeAt[t];
          break;
        }
        f = fail[f];
      }
      fail[v] = target;
    }
  }
  const out = buildOutputs(trie, fail);

  // Every lookup is base + c with c ≤ classCount: keep that many cells past the last used slot.
  const size = maxSlot + classCount + 2;
  let oneUnit = false;
  for (let c = 1; c <= classCount; c++) if (rootChild[c] !== 0 && out.head[rootChild[c]] !== 0) oneUnit = true;
  const checkOut = new Int32Array(oneUnit ? size + classCount + 1 : size).fill(-1);
  checkOut.set(check.subarray(0, Math.min(size, cap)));
  if (oneUnit) checkOut.fill(ONE_UNIT, size);
  const cells = new Int32Array((maxSlot + 1) * CELL);
  for (let u = 0; u < nodeCount; u++) {
    const s = slot[u] * CELL;
    cells[s + BASE] = base[slot[u]];
    cells[s + FAIL] = slot[fail[u]];
    cells[s + OUT] = out.head[u];
  }
  const root = new Int32Array(2 * (classCount + 1));
  const rootOut = new Int32Array(classCount + 1);
  for (let c = 0; c <= classCount; c++) {
    const v = c === 0 ? 0 : rootChild[c];
    root[2 * c] = v === 0 ? 0 : base[slot[v]];
    root[2 * c + 1] = v === 0 ? NO_SLOT : slot[v];
    rootOut[c] = v === 0 ? 0 : out.head[v];
  }
  const rootTest = root.slice();
  for (let c = 1; c <= classCount; c++) {
    if (rootOut[c] === 0) continue;
    rootTest[2 * c] = size;
    rootTest[2 * c + 1] = ONE_UNIT;
  }
  return { layout: 'compact', cells, check: checkOut, root, rootTest, rootOut, outData: out.data };
}

class AhoCorasickMatcher implements Matcher {
  readonly layout: 'dense' | 'compact';
  readonly tableBytes: number;
  private readonly classOf: Uint16Array;
  private readonly stride: number;
  private readonly delta: Int32Array;
  private readonly outHead: Int32Array;
  private readonly cells: Int32Array;
  private readonly check: Int32Array;
  private readonly root: Int32Array;
  private readonly rootTest: Int32Array;
  private readonly rootOut: Int32Array;
  private readonly outData: Int32Array;
  /** Length of each pattern in matched (non-skip) code units; 0 for ignored patterns. */
  private readonly patLen: Int32Array;

  constructor(
    readonly classes: CharClasses,
    readonly patternCount: number,
    readonly stateCount: number,
    tables: DenseTables | CompactTables,
    patLen: Int32Array,
  ) {
    this.layout = tables.layout;
    this.classOf = classes.classOf;
    this.stride = classes.classCount + 1;
    const empty = new Int32Array(0);
    this.delta = tables.layout === 'dense' ? tables.delta : empty;
    this.outHead = tables.layout === 'dense' ? tables.outHead : empty;
    this.cells = tables.layout === 'compact' ? tables.cells : empty;
    this.check = tables.layout === 'compact' ? tables.check : empty;
    this.root = tables.layout === 'compact' ? tables.root : empty;
    this.rootTest = tables.layout === 'compact' ? tables.rootTest : empty;
    this.rootOut = tables.layout === 'compact' ? tables.rootOut : empty;
    this.outData = tables.outData;
    this.patLen = patLen;
    this.tableBytes =
      this.classOf.byteLength +
      this.delta.byteLength +
      this.outHead.byteLength +
      this.cells.byteLength +
      this.check.byteLength +
      this.root.byteLength +
      this.rootTest.byteLength +
      this.rootOut.byteLength +
      this.outData.byteLength +
      this.patLen.byteLength;
  }

  forEach(text: string, callback: MatchCallback): void {
    if (this.layout === 'dense') {
      if (this.classes.hasSkip) this.scanDenseSkipping(text, callback);
      else this.scanDense(text, callback);
    } else if (this.classes.hasSkip) this.scanCompactSkipping(text, callback);
    else this.scanCompact(text, callback);
  }

  count(text: string): number {
    // One callback per match, not per character: counting through the scan costs little and keeps
    // one copy of each automaton walk.
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

  // The emitters are methods, not closures made in each scan: a closure costs an allocation (and,
  // under tsx, a defineProperty for its name) on every scan, and screening scans short texts.

  /** Reports the output list at offset o for a match ending at `end` (no skip units: start = end − length). */
  private emit(o: number, end: number, callback: MatchCallback): void {
    const { outData, patLen } = this;
    for (let k = o + 1, e = o + 1 + outData[o]; k < e; k++) {
      const id = outData[k];
      callback(id, end - patLen[id], end);
    }
  }

  /**
   * As emit when skip units may lie inside a match: its start is found by walking back over its
   * length in non-skip units. Matches are rare next to code units, so this beats keeping the
   * offsets of recent units on every step; the walk is as long as the matched span.
   */
  private emitSkipping(o: number, end: number, text: string, callback: MatchCallback): void {
    const { outData, patLen, classOf } = this;
    for (let k = o + 1, e = o + 1 + outData[o]; k < e; k++) {
      const id = outData[k];
      let start = end;
      for (let left = patLen[id]; left > 0; ) if (classOf[text.charCodeAt(--start)] !== SKIP) left--;
      callback(id, start, end);
    }
  }

  // The four scans below differ only in the automaton step and in how a match's start is found;
  // they are written out rather than shared because a per-unit function call or layout test costs
  // a measurable share of a scan that does a handful of reads per code unit.

  private scanDense(text: string, callback: MatchCallback): void {
    const { classOf, delta, stride, outHead } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = classOf[text.charCodeAt(i)];
      if (c === NONE) {
        s = 0;
        continue;
      }
      s = delta[s * stride + c];
      const o = outHead[s];
      if (o !== 0) this.emit(o, i + 1, callback);
    }
  }

  /**
   * The walk in two modes. While the automaton is at depth ≤ 1 its state is fixed by the previous
   * unit alone (the root's child on that unit's class), so the only question per unit is whether
   * the two units start some pattern: one check read whose address does not depend on the previous
   * answer, so the CPU overlaps the cache misses of successive units instead of waiting for each.
   * Only when the answer is yes (about one unit in twenty on shop text) does the plain Aho–Corasick
   * walk take over, until a failure chain falls back to the root.
   *
   * One-unit patterns are reported when the loop leaves their unit (at the next unit or the end of
   * the text): rootTest makes that next test hit, so the common path keeps a single test and no
   * call (a call inside the loop, even one never taken, makes the compiled loop slower).
   */
  private scanCompact(text: string, callback: MatchCallback): void {
    const { classOf, cells, check, root, rootTest, rootOut } = this;
    const n = text.length;
    let prev = 0;
    let i = 0;
    for (;;) {
      let c = 0;
      for (; i < n; i++) {
        c = classOf[text.charCodeAt(i)];
        if (check[rootTest[2 * prev] + c] === rootTest[2 * prev + 1]) break;
        prev = c;
      }
      if (rootOut[prev] !== 0) this.emit(rootOut[prev], i, callback);
      if (i === n) return;
      if (check[root[2 * prev] + c] !== root[2 * prev + 1]) {
        prev = c;
        i++;
        continue;
      }
      let s = root[2 * prev] + c;
      for (;;) {
        const o = cells[s * CELL + OUT];
        if (o !== 0) this.emit(o, i + 1, callback);
        if (++i === n) return;
        c = classOf[text.charCodeAt(i)];
        if (c === NONE) break;
        do {
          const t = cells[s * CELL + BASE] + c;
          if (check[t] === s) {
            s = t;
            break;
          }
          s = cells[s * CELL + FAIL];
        } while (s !== 0);
        if (s === 0) break;
      }
      // Back at depth ≤ 1 on unit i: the root's child on c, whose one-unit patterns are pending.
      prev = c;
      i++;
    }
  }

  // With skip units the automaton steps over them without leaving its state, and a match can span
  // more original units than its pattern has (emitSkipping finds where it starts).

  private scanDenseSkipping(text: string, callback: MatchCallback): void {
    const { classOf, delta, stride, outHead } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = classOf[text.charCodeAt(i)];
      if (c === SKIP) continue;
      if (c === NONE) {
        s = 0;
        continue;
      }
      s = delta[s * stride + c];
      const o = outHead[s];
      if (o !== 0) this.emitSkipping(o, i + 1, text, callback);
    }
  }

  private scanCompactSkipping(text: string, callback: MatchCallback): void {
    const { classOf, cells, check, root, rootTest, rootOut } = this;
    const n = text.length;
    let prev = 0;
    let i = 0;
    for (;;) {
      let c = 0;
      for (; i < n; i++) {
        c = classOf[text.charCodeAt(i)];
        if (c === SKIP) continue;
        if (check[rootTest[2 * prev] + c] === rootTest[2 * prev + 1]) break;
        prev = c;
      }
      if (rootOut[prev] !== 0) this.emitSkipping(rootOut[prev], this.endBefore(text, i), text, callback);
      if (i === n) return;
      if (check[root[2 * prev] + c] !== root[2 * prev + 1]) {
        prev = c;
        i++;
        continue;
      }
      let s = root[2 * prev] + c;
      for (;;) {
        const o = cells[s * CELL + OUT];
        if (o !== 0) this.emitSkipping(o, i + 1, text, callback);
        do {
          if (++i === n) return;
          c = classOf[text.charCodeAt(i)];
        } while (c === SKIP);
        if (c === NONE) break;
        do {
          const t = cells[s * CELL + BASE] + c;
          if (check[t] === s) {
            s = t;
            break;
          }
          s = cells[s * CELL + FAIL];
        } while (s !== 0);
        if (s === 0) break;
      }
      prev = c;
      i++;
    }
  }

  /** The offset just after the last non-skip unit before i (a pending one-unit match's end). */
  private endBefore(text: string, i: number): number {
    const { classOf } = this;
    let p = i - 1;
    while (classOf[text.charCodeAt(p)] === SKIP) p--;
    return p + 1;
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
  const trie = buildTrie(encoded, classes.classCount);
  const stride = classes.classCount + 1;
  const nodes = trie.nodeCount;
  const layout = options.layout ?? 'auto';
  const dense = layout === 'dense' || (layout === 'auto' && nodes * stride <= DENSE_MAX_ENTRIES);
  const tables = dense ? denseTables(trie, stride) : compactTables(trie, classes.classCount);
  return new AhoCorasickMatcher(classes, patterns.length, nodes, tables, patLen);
}
