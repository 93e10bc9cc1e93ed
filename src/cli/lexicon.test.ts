import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../../test/support/cli-process.js';
import { type PlatformFixture, platformFixture } from '../../test/support/platform-fixture.js';
import { runCommand } from '../../test/support/run-command.js';
import { testDbKind } from '../platform/db/test-database.js';
import { formatList, formatOf, lexiconCommand } from './lexicon.js';
import { runCliOperation } from './operations.js';
import { CliError } from './runtime.js';

describe('lexicon CLI operations (as the bridge runs them)', () => {
  let f: PlatformFixture;
  beforeAll(async () => {
    f = await platformFixture();
  }, 60_000);
  afterAll(() => f.close());

  it('lists the seeded lexicons, imports into a new one, and exports it back', async () => {
    const list = (await runCliOperation(f.platform, 'lexicon.list', {})) as { name: string; version: number }[];
    expect(list.find((l) => l.name === 'xinren-fraud')).toMatchObject({ version: 1 });

    const txt = '# category=fraud; severity=4\n刷单\n套现\n';
    const created = await runCliOperation(f.platform, 'lexicon.import', {
      name: 'cli-made',
      format: 'txt',
      content: txt,
    });
    expect(created).toEqual({ version: 1, added: 2, removed: 0, changed: 0 });
    const merged = await runCliOperation(f.platform, 'lexicon.import', {
      name: 'cli-made',
      format: 'csv',
      content: 'term,category,severity\n洗钱,fraud,5\n',
      note: 'from the CLI',
    });
    expect(merged).toEqual({ version: 2, added: 1, removed: 0, changed: 0 });
    const replaced = await runCliOperation(f.platform, 'lexicon.import', {
      name: 'cli-made',
      format: 'txt',
      content: txt,
      replace: true,
    });
    expect(replaced).toEqual({ version: 3, added: 0, removed: 1, changed: 0 });

    const v2 = (await runCliOperation(f.platform, 'lexicon.export', {
      name: 'cli-made',
      format: 'csv',
      version: 2,
    })) as {
      text: string;
    };
    expect(v2.text).toBe(
      'term,category,severity,kinds,productCategoriesOnly,productCategoriesExcept,tags\n刷单,fraud,4,,,,\n套现,fraud,4,,,,\n洗钱,fraud,5,,,,\n',
    );
    const current = (await runCliOperation(f.platform, 'lexicon.export', { name: 'cli-made', format: 'txt' })) as {
      text: string;
    };
    expect(current.text).toBe(txt);

    const audit = await f.handle.db
      .selectFrom('auditEntries')
      .select(['actor', 'action', 'reason'])
      .where('subject', '=', 'lexicon:cli-made')
      .orderBy('seq')
      .execute();
    expect(audit).toHaveLength(3);
    expect(audit[1]).toEqual({ actor: 'cli', action: 'screening.lexicon_imported', reason: 'from the CLI' });
  });

  it('refuses a bad file with its line and changes nothing', async () => {
    await expect(
      runCliOperation(f.platform, 'lexicon.import', {
        name: 'xinren-fraud',
        format: 'csv',
        content: 'term,category,severity\n刷单,fraud,4\n套现,frawd,4\n',
      }),
    ).rejects.toMatchObject({ code: 'screening.lexicon_format', message: expect.stringMatching(/line 3/) });
    const list = (await runCliOperation(f.platform, 'lexicon.list', {})) as { name: string; version: number }[];
    expect(list.find((l) => l.name === 'xinren-fraud')?.version).toBe(1);
  });
});

describe('lexicon CLI helpers', () => {
  it('takes the format from the flag, else from the file name', () => {
    expect(formatOf('words.TXT')).toBe('txt');
    expect(formatOf('a/b.csv')).toBe('csv');
    expect(formatOf('x.csv', 'json')).toBe('json');
    expect(() => formatOf('words.xlsx')).toThrow(CliError);
    expect(() => formatOf('-')).toThrow(/--format/);
  });

  it('prints one aligned line per lexicon', () => {
    const out = formatList([
      {
        name: 'houbb',
        kind: 'terms',
        version: 3,
        entryCount: 21451,
        updatedAt: '2026-11-25T08:00:00.000Z',
        updatedBy: 'system',
      },
      {
        name: 'allow',
        kind: 'allow',
        version: 12,
        entryCount: 60,
        updatedAt: '2026-11-25T09:30:00.000Z',
        updatedBy: 'user:usr_1',
      },
    ]);
    expect(out).toBe(
      [
        'NAME   KIND   VERSION  ENTRIES  UPDATED              BY',
        'houbb  terms  3        21451    2026-11-25 08:00:00  system',
        'allow  allow  12       60       2026-11-25 09:30:00  user:usr_1',
        '',
      ].join('\n'),
    );
  });
});

// The commands open the data directory themselves when no server holds it.
describe.runIf(testDbKind() === 'pglite')('xinren lexicon on a data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinren-lexicon-'));
  const saved = process.env.XINREN_DATA_DIR;
  beforeAll(() => {
    process.env.XINREN_DATA_DIR = dir;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.XINREN_DATA_DIR;
    else process.env.XINREN_DATA_DIR = saved;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a file, lists it, exports it, and ends a refusal with one line', async () => {
    const file = join(dir, 'mine.csv');
    writeFileSync(file, 'term,category,severity\n星辰露,medical_claim,4\n');
    expect(await runCommand(lexiconCommand(), ['import', 'mine', file, '--note', 'first'])).toBe(
      'mine: version 1 (+1 -0 ~0)\n',
    );
    const list = await runCommand(lexiconCommand(), ['list']);
    expect(list).toMatch(/^mine +terms +1 +1 +\S+ \S+ +cli$/m);
    expect(list).toMatch(/^houbb +terms +1 /m);
    expect(await runCommand(lexiconCommand(), ['export', 'mine', '--format', 'txt'])).toBe(
      '# category=medical_claim; severity=4\n星辰露\n',
    );
    await expect(runCommand(lexiconCommand(), ['export', 'nope'])).rejects.toThrow(
      /^screening\.lexicon_not_found: no lexicon named nope$/,
    );
  }, 120_000);
});

describe.runIf(testDbKind() === 'pglite')('xinren lexicon beside a server that holds the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinren-lexicon-bridge-'));
  const saved = process.env.XINREN_DATA_DIR;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    server = await startServerProcess({ XINREN_DATA_DIR: dir, XINREN_LOG_LEVEL: 'warn' }, ['serve']);
    process.env.XINREN_DATA_DIR = dir;
  }, 90_000);
  afterAll(async () => {
    if (saved === undefined) delete process.env.XINREN_DATA_DIR;
    else process.env.XINREN_DATA_DIR = saved;
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a file larger than a JSON body usually may be, and exports it, through the server', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `测试词条${i},fraud,2`);
    const file = join(dir, 'big.csv');
    writeFileSync(file, `term,category,severity\n${rows.join('\n')}\n`);
    expect(await runCommand(lexiconCommand(), ['import', 'big', file])).toBe('big: version 1 (+60000 -0 ~0)\n');
    const csv = await runCommand(lexiconCommand(), ['export', 'big', '--version', '1']);
    expect(csv.split('\n')).toHaveLength(60_002);
    expect(await runCommand(lexiconCommand(), ['list'])).toMatch(/^big +terms +1 +60000 /m);
  }, 120_000);
});
