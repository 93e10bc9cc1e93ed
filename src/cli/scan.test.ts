import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../test/support/run-command.js';
import { createScreeningEngine } from '../domains/screening/engine/screen-text.js';
import type { Lexicon } from '../domains/screening/lexicon/lexicon-entry.js';
import { CliError } from './runtime.js';
import { defaultKind, runScan, scanCommand } from './scan.js';

const lexicon: Lexicon = {
  name: 'scan-test',
  version: 'scan-test-1',
  entries: [
    { term: '加微信', category: 'diversion', severity: 3, kinds: [], variants: true },
    { term: '赌场', category: 'gambling', severity: 5, kinds: [] },
  ],
  allow: [],
};
const engine = createScreeningEngine([lexicon], { contacts: false, stuffing: false });

describe('runScan', () => {
  it('prints exactly { outcome, score, findings } with --json, offsets into the input', async () => {
    const input = '第一行正常\n第二行 加.微.信 联系';
    const parsed = JSON.parse(await runScan(input, { json: true, engine }));
    expect(Object.keys(parsed)).toEqual(['outcome', 'score', 'findings']);
    expect(parsed.outcome).toBe('review');
    expect(parsed.findings).toHaveLength(1);
    const f = parsed.findings[0];
    expect(Object.keys(f)).toEqual(['category', 'severity', 'term', 'section', 'line', 'start', 'end', 'text']);
    expect(f).toMatchObject({ category: 'diversion', term: '加微信', section: 'text', line: 2, text: '加.微.信' });
    expect(input.slice(f.start, f.end)).toBe(f.text);
  });

  it('numbers lines from 1', async () => {
    const parsed = JSON.parse(await runScan('加微信', { json: true, engine }));
    expect(parsed.findings[0].line).toBe(1);
  });

  it('defaults the kind from the file name or an HTML start', async () => {
    expect(defaultKind('page.html', 'plain')).toBe('web_page');
    expect(defaultKind('PAGE.HTM', 'plain')).toBe('web_page');
    expect(defaultKind(undefined, '  <html><title>x</title></html>')).toBe('web_page');
    expect(defaultKind('item.txt', '新款T恤')).toBe('listing');
    const html = '<html><head><title>澳门赌场</title></head><body>hi</body></html>';
    const parsed = JSON.parse(await runScan(html, { json: true, engine }));
    expect(parsed.outcome).toBe('block');
    expect(parsed.findings[0]).toMatchObject({ section: 'title', text: '赌场' });
    expect(html.slice(parsed.findings[0].start, parsed.findings[0].end)).toBe('赌场');
  });

  it('highlights the span in its line, with brackets or ANSI inverse', async () => {
    const plain = await runScan('正常\n请加微信哦', { engine });
    expect(plain).toContain('review');
    expect(plain).toContain('line 2: diversion severity 3, 加微信');
    expect(plain).toContain('请[[加微信]]哦');
    const tty = await runScan('请加微信哦', { engine, color: true });
    expect(tty).toContain('请\u001b[7m加微信\u001b[27m哦');
  });

  it('rejects an unknown kind with a one-line CliError', async () => {
    await expect(runScan('x', { kind: 'tweet', engine })).rejects.toThrow(CliError);
    await expect(runScan('x', { kind: 'tweet', engine })).rejects.toThrow(/^unknown kind tweet; kinds are [^\n]+$/);
  });
});

describe('scanCommand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinren-scan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]) => runCommand(scanCommand(), args);

  it('screens a file with the default lexicons', async () => {
    const file = join(dir, 'listing.txt');
    writeFileSync(file, '全新手机壳\n有需要的加微信详聊\n');
    const parsed = JSON.parse(await run(['--json', file]));
    expect(parsed.outcome).toBe('review');
    const f = parsed.findings.find((x: { term: string }) => x.term === '加微信');
    expect(f).toMatchObject({ category: 'diversion', line: 2, section: 'text' });
  }, 30_000);

  it('fails with a CliError for an unknown kind or a missing file', async () => {
    await expect(run(['--kind', 'tweet', join(dir, 'listing.txt')])).rejects.toThrow(CliError);
    await expect(run([join(dir, 'nope.txt')])).rejects.toThrow(/^cannot read input file .*nope\.txt: no such file$/);
  });
});
