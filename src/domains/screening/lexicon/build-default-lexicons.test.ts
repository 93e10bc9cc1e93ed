import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, dropSubsumed, RECATEGORISE, recategorise, rejectReason } from './build-default-lexicons.js';

const SHIPPED = join(import.meta.dirname, '../../../../data/lexicons');
const UPSTREAM = join(import.meta.dirname, '../../../../../shared/data/lexicons');

describe('default lexicon curation', () => {
  it('drops short, weak and ordinary words', () => {
    const allow = new Set(['最后一公里']);
    expect(rejectReason('毒', 'drugs', allow)).toBe('single character');
    expect(rejectReason('qq', 'fraud', allow)).toBe('short ASCII');
    expect(rejectReason('冰粉', 'drugs', allow)).toBe('weak two-character term');
    expect(rejectReason('插入', 'sexual', allow)).toBe('weak two-character term');
    expect(rejectReason('色逼', 'sexual', allow)).toBe('weak two-character term');
    expect(rejectReason('淘宝', 'fraud', allow)).toBe('weak two-character term');
    expect(rejectReason('硝酸甘油', 'weapons', allow)).toBe('ordinary word');
    expect(rejectReason('最后一公里', 'staged_drama', allow)).toBe('allow-listed');
    expect(rejectReason('冰毒', 'drugs', allow)).toBeUndefined();
    expect(rejectReason('大麻', 'drugs', allow)).toBeUndefined();
    expect(rejectReason('出售气枪', 'weapons', allow)).toBeUndefined();
  });

  it('drops a term that a shorter term of the same category and severity already finds', () => {
    const kept = dropSubsumed([
      { term: '气枪', category: 'weapons', severity: 5 },
      { term: 'qq出售气枪铅弹', category: 'weapons', severity: 5 },
      { term: '气枪大全', category: 'fraud', severity: 4 },
      { term: '出售气枪', category: 'weapons', severity: 4 },
      { term: '低危', category: 'drugs', severity: 2 },
      { term: '低危高危', category: 'drugs', severity: 5 },
    ]);
    expect(kept.map((k) => k.term)).toEqual(['气枪', '气枪大全', '低危', '低危高危']);
  });

  it('corrects upstream categories and drops entries that name no risk on their own', () => {
    expect(recategorise('摇头丸', 'sexual')).toBe('drugs');
    expect(recategorise('裸盖菇', 'sexual')).toBe('drugs');
    expect(recategorise('代孕妈妈', 'sexual')).toBe('fraud');
    expect(recategorise('蝴蝶刀', 'fraud')).toBe('weapons');
    expect(recategorise('开山刀', 'fraud')).toBe('weapons');
    expect(recategorise('qq群', 'fraud')).toBeUndefined();
    expect(recategorise('婚外情', 'sexual')).toBeUndefined();
    expect(recategorise('成人电', 'sexual')).toBeUndefined();
    // The high of a drug, filed upstream as sexual; xinren-drugs.csv has it.
    expect(recategorise('飘飘欲仙', 'sexual')).toBeUndefined();
    expect(recategorise('冰毒', 'drugs')).toBe('drugs');
    // Every correction names a category of ours or null; none maps a term onto itself.
    for (const [term, to] of Object.entries(RECATEGORISE)) {
      expect([...term].length, term).toBeGreaterThan(1);
      expect(to, term).not.toBeUndefined();
    }
  });

  it.skipIf(!existsSync(UPSTREAM))('ships no mis-filed upstream term', async () => {
    const text = await readFile(join(SHIPPED, 'houbb.csv'), 'utf8');
    const kf = await readFile(join(SHIPPED, 'konsheng-fwwdn.csv'), 'utf8');
    for (const line of [
      '摇头丸,sexual',
      '裸盖菇,sexual',
      '代孕妈妈,sexual',
      '蝴蝶刀,fraud',
      '开山刀,fraud',
      'qq群,',
      '婚外情,',
    ]) {
      expect(text.includes(`\n${line}`), line).toBe(false);
      expect(kf.includes(`\n${line}`), line).toBe(false);
    }
    expect(text).toMatch(/\n摇头丸,drugs,/);
    expect(text).toMatch(/\n蝴蝶刀,weapons,/);
  });

  it.skipIf(!existsSync(UPSTREAM))('rebuilds the shipped files byte for byte', async () => {
    const out = await mkdtemp(join(tmpdir(), 'xinren-lexbuild-'));
    try {
      await copyFile(join(SHIPPED, 'xinren-allow.csv'), join(out, 'xinren-allow.csv'));
      build(UPSTREAM, out);
      for (const f of ['houbb.csv', 'houbb-allow.csv', 'konsheng-fwwdn.csv', 'konsheng-fwwdn-domains.csv']) {
        expect(await readFile(join(out, f), 'utf8'), f).toBe(await readFile(join(SHIPPED, f), 'utf8'));
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
