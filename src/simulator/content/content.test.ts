import { describe, expect, it } from 'vitest';
import { PROBLEM_KINDS } from '../ground-truth.js';
import { Random } from '../random.js';
import {
  COMMENT_PROBLEM_WEIGHTS,
  composeHardNegativeComment,
  composeProblemComment,
  floodCopies,
  meanChatEpisodeLength,
} from './comments.js';
import { phoneNumber, qqNumber, wechatId } from './contacts.js';
import { DRAMA_SCRIPTS } from './drama.js';
import { composeHardNegativeLine, composeHardNegativeListing } from './hard-negatives.js';
import { composeListing, PRODUCTS } from './listings.js';
import {
  composeLiveProblemLine,
  composeProblemListing,
  LISTING_PROBLEM_WEIGHTS,
  LIVE_PROBLEM_WEIGHTS,
  type LiveTermKind,
  liveEpisodeProbability,
} from './problems.js';
import { keywordStuffedListing } from './seo-spam.js';
import { SHOPS } from './shops.js';
import { cueOf, fill, renderMarked, yuan } from './text.js';

describe('text templates', () => {
  it('fills variables and fails loudly on a missing one', () => {
    expect(fill('{a}元', { a: 3 })).toBe('3元');
    expect(() => fill('{a}{b}', { a: 1 })).toThrow(/\{b\}/);
  });

  it('locates the marked cue after the variables are filled', () => {
    const marked = renderMarked('想要的[[加我微信]]{wx}，私聊', { wx: 'abc123' });
    expect(marked.text).toBe('想要的加我微信abc123，私聊');
    expect(cueOf(marked)).toBe('加我微信');
  });

  it('formats fen as yuan without float noise', () => {
    expect(yuan(12_900)).toBe('129');
    expect(yuan(12_990)).toBe('129.9');
  });
});

describe('content tables', () => {
  it('gives every shop category at least one product', () => {
    for (const shop of SHOPS) {
      for (const category of shop.categories)
        expect(
          PRODUCTS.some((p) => p.category === category),
          category,
        ).toBe(true);
    }
  });

  it('starts each drama script with its cue', () => {
    for (const script of DRAMA_SCRIPTS) expect(script.lines[0]).toContain(script.cue);
  });

  it('composes ordinary listings within the product price range', () => {
    const rng = new Random(3);
    for (const product of PRODUCTS) {
      const listing = composeListing(rng, product);
      expect(listing.price).toBeGreaterThanOrEqual(product.priceYuan[0] * 100);
      expect(listing.price).toBeLessThanOrEqual(product.priceYuan[1] * 100 + 90);
      expect(listing.title).toContain(product.name);
    }
  });

  it('puts the cue of every problem listing into its title or description', () => {
    const rng = new Random(11);
    for (let i = 0; i < 500; i++) {
      const { kind } = rng.weighted(LISTING_PROBLEM_WEIGHTS);
      const listing = composeProblemListing(rng, kind);
      expect(listing.kind).toBe(kind);
      expect(listing.cue.length).toBeGreaterThan(0);
      expect(`${listing.title}${listing.description}`).toContain(listing.cue);
      expect(listing.wasPrice).toBeUndefined();
    }
  });

  it('marks a cue in every live problem line and fills every variable', () => {
    const rng = new Random(5);
    const kinds = LIVE_PROBLEM_WEIGHTS.map((w) => w.kind).filter((k): k is LiveTermKind => k !== 'staged_drama');
    for (let i = 0; i < 300; i++) {
      const kind = kinds[i % kinds.length] as LiveTermKind;
      const line = composeLiveProblemLine(rng, kind, { product: '明前龙井', price: '129' });
      expect(cueOf(line).length, line.text).toBeGreaterThan(0);
      expect(line.text).not.toMatch(/[{}[\]]/);
    }
  });

  it('covers every problem kind in listings, live talk or comments', () => {
    const covered = new Set([
      ...LISTING_PROBLEM_WEIGHTS.map((w) => w.kind),
      ...LIVE_PROBLEM_WEIGHTS.map((w) => w.kind),
      ...COMMENT_PROBLEM_WEIGHTS.map((w) => w.kind),
      // Not a table: price fraud is a re-upsert of a listing that sold (repriceListing).
      'price_fraud' as const,
    ]);
    expect([...covered].sort()).toEqual([...PROBLEM_KINDS].sort());
  });

  it('stuffs spam listings with keyword chains joined by separators', () => {
    const rng = new Random(4);
    const base = composeListing(rng, PRODUCTS[0] as (typeof PRODUCTS)[number]);
    let inTitle = 0;
    for (let i = 0; i < 100; i++) {
      const spam = keywordStuffedListing(rng, base);
      const words = spam.cue.split(/[|丨/ 、+,]/).filter((w) => w.length > 0);
      expect(words.length, spam.cue).toBeGreaterThanOrEqual(6);
      if (spam.title === spam.cue) {
        inTitle++;
        expect(words.every((w) => w.startsWith(base.productName))).toBe(true);
      } else {
        expect(spam.title).toBe(base.title);
        expect(spam.description).toContain(spam.cue);
      }
    }
    expect(inTitle).toBeGreaterThan(20);
    expect(inTitle).toBeLessThan(80);
  });

  it('writes every kind of problem comment with its cue, on every channel, without template debris', () => {
    const rng = new Random(9);
    for (const { kind } of COMMENT_PROBLEM_WEIGHTS) {
      for (const channel of ['review', 'question', 'live_chat'] as const) {
        for (let i = 0; i < 20; i++) {
          const comment = composeProblemComment(rng, kind, channel);
          expect(comment.cue.length, `${kind} ${channel}`).toBeGreaterThan(0);
          expect(comment.text).toContain(comment.cue);
          expect(comment.text).not.toMatch(/[{}[\]]/);
          expect(comment.text.length).toBeLessThanOrEqual(5_000);
        }
      }
    }
  });

  it('keeps the confusable term inside hard-negative comments, including the classic ones', () => {
    const rng = new Random(6);
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      for (const channel of ['review', 'question', 'live_chat'] as const) {
        const comment = composeHardNegativeComment(rng, channel);
        expect(comment.text).toContain(comment.term);
        seen.add(comment.text);
      }
    }
    for (const classic of ['这是我买过最好的一件', '扣1']) expect(seen).toContain(classic);
    expect([...seen].some((t) => t.startsWith('第一次买'))).toBe(true);
    expect([...seen].some((t) => t.startsWith('微波炉好用'))).toBe(true);
  });

  it('floods with slightly different copies of one line, and counts floods in the mean chat episode', () => {
    const rng = new Random(8);
    const copies = floodCopies(rng, '关注主页领红包，先到先得');
    expect(copies.length).toBeGreaterThanOrEqual(3);
    for (const copy of copies) expect(copy.startsWith('关注主页领红包，先到先得')).toBe(true);
    expect(meanChatEpisodeLength()).toBeGreaterThan(1);
  });

  it('writes off-platform contacts the way sellers do', () => {
    const rng = new Random(1);
    for (let i = 0; i < 50; i++) {
      expect(wechatId(rng)).toMatch(/^[a-z_]+\d+$|^[a-z_]+_\d+$/);
      expect(qqNumber(rng)).toMatch(/^[1-9]\d{5,9}$/);
      expect(phoneNumber(rng).replace(/[ -]/g, '')).toMatch(/^1[3-9]\d{9}$/);
    }
  });

  it('keeps the confusable term inside hard negatives', () => {
    const rng = new Random(2);
    for (let i = 0; i < 50; i++) {
      const line = composeHardNegativeLine(rng);
      expect(line.text).toContain(line.term);
      const listing = composeHardNegativeListing(rng);
      expect(listing.title).toContain(listing.term);
    }
  });

  it('turns a share into an episode probability that is smaller when episodes are longer', () => {
    expect(liveEpisodeProbability(0)).toBe(0);
    expect(liveEpisodeProbability(1)).toBe(1);
    const p = liveEpisodeProbability(0.08);
    expect(p).toBeGreaterThan(0.03);
    expect(p).toBeLessThan(0.08);
  });
});
