import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cloudEvent, type PlatformFixture, platformFixture } from '../../test/support/platform-fixture.js';
import { runCommand } from '../../test/support/run-command.js';
import { registerDomains } from '../domains/register-domains.js';
import { DEFAULT_POLICY_FILE } from '../domains/screening/policy/default-policy.js';
import { ManualClock } from '../platform/clock.js';
import { testDbKind } from '../platform/db/test-database.js';
import { runCliOperation } from './operations.js';
import { type Call, driveBacktest, formatBacktest, formatPolicyList, policyCommand } from './policy.js';

const defaultSource = readFileSync(DEFAULT_POLICY_FILE, 'utf8');
/** Diversion of any severity blocks; superlatives are no longer reviewed. */
const candidateSource = defaultSource
  .replace('name: default', 'name: candidate')
  .replace(
    'rules:\n',
    [
      'rules:',
      '  - id: diversion.any',
      '    when: { categories: [diversion] }',
      '    outcome: block',
      '    reason: Any contact detail diverts buyers',
      '    violationType: diversion',
      '    dsaCategory: STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      '    dsaKeyword: KEYWORD_OTHER',
      '',
    ].join('\n'),
  )
  .replace(/ {2}- id: ad-superlative\.review\n(?: {4}.*\n)+/, '');

describe('policy backtest', () => {
  let f: PlatformFixture;
  let key: string;
  let n = 0;
  const clock = new ManualClock('2026-11-25T08:00:00Z');
  const call: Call = (name, args) => runCliOperation(f.platform, name, args);

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerDomains(f.platform);
    key = await f.apiKey(['events:write']);
  }, 60_000);
  afterAll(() => f.close());

  const send = async (type: string, data: unknown) => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${key}` },
      payload: [cloudEvent(type, data, `b-${++n}`)],
    });
    expect(res.json().accepted).toBe(1);
  };
  const listing = (listingId: string, title: string) => ({
    listingId,
    merchantId: 'mch-1',
    title,
    category: '服装',
    price: { amount: 9_900, currency: 'CNY' },
  });
  const segment = (seq: number, text: string) => ({
    sessionId: 'live-b',
    hostId: 'host-1',
    seq,
    text,
    startMs: seq * 5_000,
    endMs: seq * 5_000 + 4_000,
  });

  it('counts the decisions a candidate policy would change, per kind and outcome pair', async () => {
    expect(candidateSource).not.toContain('ad-superlative.review');
    await send('listing.upserted', listing('l-div-1', '纯棉T恤 加微信 abc123 优惠'));
    await send('listing.upserted', listing('l-div-2', '真丝围巾 有意者加微信 shop888'));
    await send('listing.upserted', listing('l-ok', '纯棉短袖T恤 夏季新款'));
    await send('listing.upserted', listing('l-sup', '全网最低价 纯棉T恤'));
    clock.advance(60_000);
    await send('live.segment', segment(0, '欢迎来到直播间'));
    await send('live.segment', segment(1, '家人们加微信 abc123 私聊'));
    const late = clock.now().toISOString();
    clock.advance(60_000);
    await send('listing.upserted', listing('l-div-3', '加微信 later1 再聊'));

    const created = await call('policy.create', { source: candidateSource, note: 'stricter diversion' });
    expect(created).toEqual({ version: 2 });

    const seen: number[] = [];
    const summary = await driveBacktest(call, { version: 2, examples: 1 }, (p) => seen.push(p.processed), 2);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(7);
    expect(summary.screened).toEqual({ listing: 5, live_segment: 2 });
    expect(summary.active).toEqual({ version: 1, name: 'default' });
    const pairs = Object.fromEntries(summary.changes.map((c) => [`${c.kind} ${c.active}→${c.candidate}`, c.count]));
    expect(pairs).toEqual({
      'listing review→block': 3,
      'listing review→allow': 1,
      'live_segment review→stop_stream': 1,
    });
    expect(summary.changed).toBe(5);
    const div = summary.changes.find((c) => c.kind === 'listing' && c.candidate === 'block');
    expect(div?.examples).toHaveLength(1);
    expect(div?.examples[0].contentId).toBe('l-div-1');
    expect(div?.examples[0].excerpt).toContain('加微信');
    expect(div?.examples[0].findings.some((x) => x.category === 'diversion')).toBe(true);

    // A time range and a kind narrow it.
    const early = await driveBacktest(call, { version: 2, examples: 0, to: late, kind: 'listing' });
    expect(early.screened).toEqual({ listing: 4, live_segment: 0 });
    expect(early.changed).toBe(3);

    const text = formatBacktest(summary);
    expect(text).toContain('decisions that would change: 5');
    expect(text).toContain('listing      review → block: 3');
    expect(text).toContain('  l-div-1  ');

    // The active policy against itself changes nothing.
    expect((await driveBacktest(call, { version: 1, examples: 5 })).changes).toEqual([]);
  });

  it('refuses an unknown version', async () => {
    await expect(driveBacktest(call, { version: 42, examples: 1 })).rejects.toMatchObject({
      code: 'screening.policy_not_found',
    });
  });

  it('lists versions aligned', () => {
    expect(
      formatPolicyList([
        {
          version: 2,
          name: 'candidate',
          status: 'draft',
          note: 'stricter',
          createdAt: '2026-11-25T08:00:00.000Z',
          createdBy: 'cli',
          statusChangedAt: '2026-11-25T08:00:00.000Z',
        },
        {
          version: 1,
          name: 'default',
          status: 'active',
          note: null,
          createdAt: '2026-11-25T07:00:00.000Z',
          createdBy: 'system',
          statusChangedAt: '2026-11-25T07:00:00.000Z',
        },
      ]),
    ).toBe(
      [
        'VERSION  STATUS  NAME       CREATED              BY      NOTE',
        '2        draft   candidate  2026-11-25 08:00:00  cli     stricter',
        '1        active  default    2026-11-25 07:00:00  system',
      ].join('\n'),
    );
  });
});

// The commands open the data directory themselves when no server holds it.
describe.runIf(testDbKind() === 'pglite')('xinren policy on a data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinren-policy-'));
  const saved = process.env.XINREN_DATA_DIR;
  beforeAll(() => {
    process.env.XINREN_DATA_DIR = dir;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.XINREN_DATA_DIR;
    else process.env.XINREN_DATA_DIR = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates, promotes, lists and backtests; a refusal ends as one line', async () => {
    const file = join(dir, 'candidate.yaml');
    writeFileSync(file, candidateSource);
    expect(await runCommand(policyCommand(), ['create', file, '--note', 'try'])).toBe(
      'created policy version 2 (draft)\n',
    );
    expect(await runCommand(policyCommand(), ['set-status', '2', 'shadow'])).toBe('policy 2 is now shadow\n');
    const list = await runCommand(policyCommand(), ['list']);
    expect(list.split('\n')[1]).toMatch(/^2 +shadow +candidate/);
    expect(list.split('\n')[2]).toMatch(/^1 +active +default/);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const out = await runCommand(policyCommand(), ['backtest', '--version', '2', '--json']);
      expect(JSON.parse(out)).toMatchObject({ changed: 0, screened: { listing: 0, live_segment: 0 } });
      await expect(runCommand(policyCommand(), ['set-status', '1', 'retired'])).rejects.toThrow(
        /^screening\.invalid_transition: /,
      );
    } finally {
      stderr.mockRestore();
    }
  }, 60_000);
});
