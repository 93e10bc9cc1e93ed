import { pinyin } from 'pinyin-pro';

// Homophone and look-alike spellings of commonly obfuscated terms. They are extra patterns that
// map back to the canonical term, never single-character folds: 威 is an ordinary character, and
// only inside a term such as 加微信 does 加威信 mean the same thing.

/**
 * Look-alike and homophone replacements for one character, used only inside lexicon terms that
 * contain the character. ASCII entries are matched case-insensitively (the matcher folds case).
 */
export const CHAR_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  微: ['薇', '威', '危', '徽', '嶶', '溦', '唯', '維', '维', 'v', 'w'],
  信: ['芯', '伈', '訫', '鑫'],
  加: ['伽', '嘉', '茄', '+'],
  扣: ['蔻', '寇', '抠'],
  赌: ['堵', '睹', '肚'],
  博: ['搏', '膊', '泊'],
  彩: ['采', '菜'],
  票: ['漂', '瞟'],
  毒: ['du', '独'],
  枪: ['抢', '呛', '炝'],
  药: ['葯', '要', '钥'],
  裸: ['倮', '果'],
  聊: ['撩', '寥'],
  约: ['月', '悦', '曰'],
  炮: ['泡', '跑', '袍'],
  黄: ['皇', '凰', '簧'],
  色: ['涩', '瑟'],
  号: ['耗', '浩', '好'],
  私: ['丝', '司', '思'],
};

/**
 * Whole-word spellings of a sub-word, substituted wherever the sub-word occurs in a term
 * (加微信 → 加vx, 加QQ → 加扣扣).
 */
export const WORD_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  微信: ['vx', 'wx', 'v信', 'wei信', '微x', 'weixin', 'vxin', '威信', '薇信', '徽信', '嶶信', '危信', 'V芯', '微芯'],
  QQ: ['扣扣', 'qq', '叩叩', '企鹅', 'kk', 'Q扣'],
  扣扣: ['QQ', '蔻蔻', '寇寇'],
  电话: ['電話', 'dianhua', 'tel', '店话'],
  私聊: ['私撩', '丝聊', 'sl'],
  赌博: ['du博', '赌bo', 'dubo'],
  裸聊: ['果聊', 'luo聊', '裸liao'],
  约炮: ['约pao', 'yue炮', 'yp', '月炮'],
};

/**
 * Spellings that are ordinary words on their own (威信 prestige, 微芯 microchip, 企鹅 penguin): as a
 * whole pattern they would flag ordinary text, so they are kept only inside a longer term (加威信).
 */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  '威信',
  '维信',
  '維信',
  '微芯',
  '企鹅',
  'kk',
  '唯信',
  '危信',
  '维新',
]);

export interface VariantOptions {
  /** At most this many spellings per term, the canonical one included (default 64). */
  maxVariants?: number;
  /** At most this many substitutions combined in one spelling (default 2). */
  maxSubstitutions?: number;
  /** Character and word tables; the defaults above when omitted. */
  charVariants?: Readonly<Record<string, readonly string[]>>;
  wordVariants?: Readonly<Record<string, readonly string[]>>;
  /** Spellings never produced as a whole pattern; ORDINARY_WORDS when omitted. */
  ordinaryWords?: ReadonlySet<string>;
}

const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * The variant spellings of a term, the term itself first, then by number of substitutions (fewest
 * first). Bounded by maxVariants and maxSubstitutions; duplicates differing only in ASCII case are
 * dropped, as the matcher folds case anyway.
 */
export function expandVariants(term: string, options: VariantOptions = {}): string[] {
  const maxVariants = options.maxVariants ?? 64;
  const maxSubs = options.maxSubstitutions ?? 2;
  const charVariants = options.charVariants ?? CHAR_VARIANTS;
  const wordVariants = options.wordVariants ?? WORD_VARIANTS;
  const words = Object.keys(wordVariants).sort((a, b) => b.length - a.length);

  // Each position offers: keep the character, replace it, or replace a word that starts there.
  type Step = { len: number; text: string };
  const steps: Step[][] = [];
  for (let i = 0; i < term.length; i++) {
    const here: Step[] = [];
    for (const v of charVariants[term[i]] ?? []) here.push({ len: 1, text: v });
    for (const w of words) {
      if (term.startsWith(w, i) || asciiLower(term.slice(i, i + w.length)) === asciiLower(w)) {
        if (term.length - i < w.length) continue;
        for (const v of wordVariants[w]) here.push({ len: w.length, text: v });
      }
    }
    steps.push(here);
  }

  // Breadth-first by substitution count, so the bound keeps the likeliest spellings.
  const ordinary = options.ordinaryWords ?? ORDINARY_WORDS;
  const seen = new Set<string>([asciiLower(term)]);
  for (const w of ordinary) seen.add(asciiLower(w));
  const out: string[] = [term];
  for (let subs = 1; subs <= maxSubs && out.length < maxVariants; subs++) {
    const produced: string[] = [];
    const walk = (pos: number, prefix: string, used: number) => {
      if (produced.length > maxVariants * 4) return;
      if (pos === term.length) {
        if (used === subs) produced.push(prefix);
        return;
      }
      if (used < subs) for (const st of steps[pos]) walk(pos + st.len, prefix + st.text, used + 1);
      walk(pos + 1, prefix + term[pos], used);
    };
    walk(0, '', 0);
    for (const p of produced.sort()) {
      const key = asciiLower(p);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p);
      if (out.length >= maxVariants) break;
    }
  }
  return out;
}

/** Full pinyin without tones (加微信 → jiaweixin) and initials (jwx), for terms written that way. */
export function pinyinVariants(term: string): string[] {
  if (!/[\u3400-\u9fff]/.test(term)) return [];
  const syllables = pinyin(term, { toneType: 'none', type: 'array', v: true }) as string[];
  const full = asciiLower(syllables.join('').replace(/[^A-Za-z0-9]/g, ''));
  const initials = asciiLower(
    syllables
      .map((s) => s[0] ?? '')
      .join('')
      .replace(/[^A-Za-z0-9]/g, ''),
  );
  const out: string[] = [];
  if (full.length > 0) out.push(full);
  // One- or two-letter initials of a one-character term are noise, not an obfuscation.
  if (initials.length >= 2 && syllables.length >= 2 && initials !== full) out.push(initials);
  return out;
}
