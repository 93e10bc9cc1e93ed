import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../test/support/platform-fixture.js';

describe('POST /v1/screen', () => {
  let f: PlatformFixture;
  let key: string;
  beforeAll(async () => {
    f = await platformFixture();
    key = await f.apiKey(['screen']);
  });
  afterAll(() => f.close());

  const screen = (payload: unknown, auth = `Bearer ${key}`) =>
    f.app.inject({ method: 'POST', url: '/v1/screen', headers: { authorization: auth }, payload: payload as object });

  it('finds obfuscated diversion in a listing and points at the original text', async () => {
    const text = '全新正品，有意者請加.微.信 abc123 詳聊';
    const res = await screen({ kind: 'listing', text });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const diversion = body.findings.filter((x: { category: string }) => x.category === 'diversion');
    expect(diversion.length).toBeGreaterThan(0);
    for (const x of body.findings) expect(x.text).toBe(text.slice(x.start, x.end));
    expect(body.outcome).not.toBe('allow');
    expect(body.policy).toEqual({ version: 1, name: 'default' });
    expect(body.rules.map((r: { id: string }) => r.id)).toContain(`diversion.${body.outcome}`);
    expect(body).not.toHaveProperty('shadow');
  });

  it('allows ordinary shop text', async () => {
    const res = await screen({ kind: 'listing', text: '最近上新的纯棉T恤，第一次购买包邮，客服在线解答尺码问题。' });
    expect(res.json()).toMatchObject({ outcome: 'allow', findings: [] });
  });

  it('answers 400 to an unknown kind and 413 to a text over 1 MiB', async () => {
    const unknown = await screen({ kind: 'tweet', text: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('screening.unknown_kind');
    const big = await screen({ kind: 'comment', text: '好'.repeat(400_000) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('screening.text_too_large');
  });

  it('screens chat as a comment', async () => {
    const res = await screen({ kind: 'chat', text: '主播好' });
    expect(res.statusCode).toBe(200);
  });

  it('needs the screen scope', async () => {
    const other = await f.apiKey(['events:write']);
    const res = await screen({ kind: 'listing', text: 'x' }, `Bearer ${other}`);
    expect(res.statusCode).toBe(403);
  });
});
