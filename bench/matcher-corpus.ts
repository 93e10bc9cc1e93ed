// Deterministic Chinese-heavy shop text and a lexicon planted in it, for the matcher bench.
//
// The text: lines in three templates (a listing, a live-stream transcript line, a web-page
// fragment) whose free text is Han characters drawn Zipf-like from a pool of 6,000, with digits,
// ASCII and punctuation around them (about three quarters of all characters are Han). Lexicon
// words are planted in the free text. Everything comes from one seeded generator, so a seed gives
// the same bytes on every machine, and the text is written into a Uint16Array and decoded once:
// tens of megabytes take a few seconds, not minutes of string concatenation.
//
// The lexicon: words of 2–6 characters built from shared prefixes, stems and suffixes (代开发票,
// 代开, 发票代开 …), a few with ASCII (vx, qq …) as real lexicons have, all distinct. Their
// characters come from a flatter distribution than the text's, so a random run of common
// characters is not a word at every other position; the words still mostly meet through the plants.

export interface CorpusOptions {
  seed?: number;
  /** Stop once the text has at least this many UTF-8 bytes. */
  utf8Bytes?: number;
  words?: number;
  /** Called now and then with the UTF-8 bytes written so far. */
  progress?: (bytes: number) => void;
}

export interface Corpus {
  text: string;
  utf8Bytes: number;
  words: string[];
  /** Share of the text's code units that are Han characters. */
  hanShare: number;
  planted: number;
}

/** xorshift32: fast, seeded, the same sequence everywhere. */
function generator(seed: number): () => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

const POOL_SIZE = 6_000;
/** Resolution of the rank lookup tables: 2^18 cells, so even the rarest rank keeps a few. */
const LUT_BITS = 18;

/** Han code points in a fixed pseudo-random order: rank 0 is the commonest. */
function hanPool(next: () => number): Uint16Array {
  const all: number[] = [];
  for (let u = 0x4e00; u <= 0x9fa5; u++) all.push(u);
  for (let i = all.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [all[i], all[j]] = [all[j], all[i]];
  }
  return Uint16Array.from(all.slice(0, POOL_SIZE));
}

/**
 * A table of ranks such that a uniform index into it draws rank r with weight (r + offset)^-exponent
 * (Zipf–Mandelbrot: an offset of 3 gives the commonest character about 4% of the draws, like 的).
 */
function rankTable(exponent: number, offset: number): Uint16Array {
  const weights = new Float64Array(POOL_SIZE);
  let total = 0;
  for (let r = 0; r < POOL_SIZE; r++) {
    weights[r] = (r + offset) ** -exponent;
    total += weights[r];
  }
  const lut = new Uint16Array(1 << LUT_BITS);
  let r = 0;
  let cumulative = weights[0] / total;
  for (let i = 0; i < lut.length; i++) {
    const p = (i + 0.5) / lut.length;
    while (p > cumulative && r < POOL_SIZE - 1) cumulative += weights[++r] / total;
    lut[i] = r;
  }
  return lut;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const units = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0));

function makeWords(count: number, next: () => number, pool: Uint16Array): string[] {
  const lexRank = rankTable(0.6, 1);
  const han = () => String.fromCharCode(pool[lexRank[next() & ((1 << LUT_BITS) - 1)]]);
  const run = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += han();
    return s;
  };
  const prefixes = Array.from({ length: 400 }, (_, i) => run(1 + (i % 3 === 0 ? 1 : 0)));
  const suffixes = Array.from({ length: 400 }, (_, i) => run(1 + (i % 4 === 0 ? 1 : 0)));
  const stems = Array.from({ length: 5_000 }, (_, i) => run(2 + (i % 5 === 0 ? 1 : 0)));
  const ascii = ['vx', 'v信', 'qq', 'wx', 'tg', 'VX', 'app', 'av', '18+', '1:1', 'a货', 'dj'];
  const out = new Set<string>();
  while (out.size < count) {
    const stem = stems[next() % stems.length];
    const shape = next() % 16;
    let w: string;
    if (shape < 3) w = stem;
    else if (shape < 7) w = prefixes[next() % prefixes.length] + stem;
    else if (shape < 11) w = stem + suffixes[next() % suffixes.length];
    else if (shape < 15) w = prefixes[next() % prefixes.length] + stem + suffixes[next() % suffixes.length];
    else w = next() % 2 ? ascii[next() % ascii.length] + stem : stem + ascii[next() % ascii.length];
    if (w.length >= 2 && w.length <= 6) out.add(w);
  }
  return [...out];
}

const LISTING_TAGS = ['【包邮】', '【现货】', '【官方正品】', '【限时特价】', '【新品】'].map(units);
const HOSTS = ['主播', '小美', '阿强', '助理', '场控'].map(units);
const PUNCT = ['，', '。', '！', '？', '、', '；', '～', ' '].map(units);

export function generateCorpus(options: CorpusOptions = {}): Corpus {
  const next = generator(options.seed ?? 20_261_125);
  const pool = hanPool(next);
  const words = makeWords(options.words ?? 20_000, next, pool);
  const wordUnits = words.map(units);
  const textRank = rankTable(1.0, 3);
  const target = options.utf8Bytes ?? 50_000_000;

  let cap = Math.ceil(target / 2.2) + 4_096;
  let buf = new Uint16Array(cap);
  let len = 0;
  let bytes = 0;
  let planted = 0;
  const ensure = (n: number) => {
    if (len + n <= cap) return;
    cap = Math.max(cap * 2, len + n);
    const b = new Uint16Array(cap);
    b.set(buf.subarray(0, len));
    buf = b;
  };
  const put = (u: Uint16Array) => {
    ensure(u.length);
    for (let i = 0; i < u.length; i++) {
      const c = u[i];
      buf[len++] = c;
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
  };
  const ascii = (s: string) => {
    ensure(s.length);
    for (let i = 0; i < s.length; i++) buf[len++] = s.charCodeAt(i);
    bytes += s.length;
  };
  const int = (max: number) => ascii(String(next() % max));
  const pick = <T>(list: readonly T[]) => list[next() % list.length];
  /** Free text: Zipf-drawn Han characters, a word planted now and then, punctuation between clauses. */
  const prose = (n: number) => {
    ensure(n + 16);
    for (let i = 0; i < n; i++) {
      const r = next();
      if ((r & 63) === 0) {
        put(wordUnits[(r >>> 6) % wordUnits.length]);
        planted++;
      } else if ((r & 31) === 1) {
        put(pick(PUNCT));
      } else {
        buf[len++] = pool[textRank[(r >>> 8) & ((1 << LUT_BITS) - 1)]];
        bytes += 3;
      }
    }
  };

  let lastReport = 0;
  while (bytes < target) {
    const kind = next() % 3;
    if (kind === 0) {
      put(pick(LISTING_TAGS));
      prose(12 + (next() % 20));
      ascii(' ');
      int(900);
      ascii('g*');
      int(12);
      put(units(' 价格：¥'));
      int(3_000);
      ascii('.');
      int(100);
      put(units(' 原价¥'));
      int(6_000);
      ascii(' SKU-');
      int(1_000_000);
      ascii('\n');
      prose(60 + (next() % 120));
      ascii('\n');
    } else if (kind === 1) {
      ascii(`[0${next() % 10}:${pad2(next() % 60)}:${pad2(next() % 60)}] `);
      put(pick(HOSTS));
      put(units('：'));
      prose(30 + (next() % 80));
      put(units('！'));
      prose(10 + (next() % 30));
      ascii(' 1');
      int(1_000);
      ascii('\n');
    } else {
      ascii('<div class="item"><h2>');
      prose(8 + (next() % 16));
      ascii('</h2><p>');
      prose(80 + (next() % 200));
      ascii('</p><a href="https://shop');
      int(10_000);
      ascii('.example.com/p/');
      int(1_000_000);
      ascii('">');
      prose(4 + (next() % 8));
      ascii('</a></div>\n');
    }
    if (options.progress && bytes - lastReport >= 2_000_000) {
      lastReport = bytes;
      options.progress(bytes);
    }
  }
  const text = new TextDecoder('utf-16le').decode(buf.subarray(0, len));
  let hanUnits = 0;
  for (let i = 0; i < len; i++) if (buf[i] >= 0x4e00 && buf[i] <= 0x9fff) hanUnits++;
  return { text, utf8Bytes: bytes, words, hanShare: hanUnits / len, planted };
}
