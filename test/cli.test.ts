import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/platform/db/database.js';
import { testDbKind } from '../src/platform/db/test-database.js';
import { type ServerProcess, startServerProcess, xinren } from './support/cli-process.js';

describe('the xinren CLI', () => {
  it('ends a bad flag with one line and a non-zero exit', async () => {
    const r = await xinren(['apikey', 'create', '--scopes', 'events:write,fly']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/unknown scope fly/);
    const unknown = await xinren(['serve', '--no-such-flag']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown option/);
  });

  it('ends an unreachable database with one line and a non-zero exit', async () => {
    const r = await xinren(['migrate'], { DATABASE_URL: 'postgres://xinren@127.0.0.1:1/xinren' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^xinren: cannot reach the database at postgres:\/\/xinren@127\.0\.0\.1:1\/xinren/);
  });

  it('has --help on each command', async () => {
    const r = await xinren(['apikey', 'create', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--scopes <list>/);
  });
});

describe.runIf(testDbKind() === 'pglite')('the CLI beside a server that holds the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinren-cli-'));
  const env = { XINREN_DATA_DIR: dir, XINREN_LOG_LEVEL: 'warn' };
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess(env);
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the one-time admin password and console URL on a new database', async () => {
    const out = await server.waitForOutput(/Password:.*\n/);
    expect(out).toMatch(/Console: {2}http:\/\/127\.0\.0\.1:\d+\//);
    expect(out).toMatch(/Password: [A-Za-z0-9]{20} {3}\(shown once/);
  });

  it('adds a user through the running server, who can then log in', async () => {
    const r = await xinren(['user', 'add', 'zhang', '--role', 'lead'], env);
    expect(r.code).toBe(0);
    const password = /password: (\S+)/.exec(r.stdout)?.[1];
    const res = await fetch(`${server.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'zhang', password }),
    });
    expect(res.status).toBe(200);
  });

  it('prints only the new API key on stdout, and the key works', async () => {
    const r = await xinren(['apikey', 'create', '--scopes', 'events:write'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^xr_[A-Za-z0-9_-]+\n$/);
    const res = await fetch(`${server.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${r.stdout.trim()}`, 'content-type': 'application/json' },
      body: '[]',
    });
    expect(await res.json()).toEqual({ accepted: 0, duplicates: [], rejected: [] });
  });

  it('refuses a second server on the same data directory', async () => {
    const r = await xinren(['serve'], { ...env, PORT: '0' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/in use by Xinren process \d+/);
  });

  it('verifies the audit log, and names the entry someone altered', async () => {
    const ok = await xinren(['audit', 'verify'], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/audit log intact: \d+ entries checked/);
    expect(await server.stop()).toBe(0);
    const h = await openDatabase({ dataDir: dir });
    await sql`alter table audit_entries disable trigger audit_entries_no_change`.execute(h.db);
    await sql`update audit_entries set actor = 'someone else' where seq = 2`.execute(h.db);
    const id = (await h.db.selectFrom('auditEntries').select('id').where('seq', '=', 2).executeTakeFirstOrThrow()).id;
    await h.close();
    const broken = await xinren(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`audit log broken at entry #2 (${id})`);
  });

  it('keeps all data across a restart', async () => {
    server = await startServerProcess(env);
    expect(server.output()).not.toMatch(/Password:/);
    const res = await fetch(`${server.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'zhang', password: 'wrong password' }),
    });
    expect(res.status).toBe(401);
    const users = await xinren(['user', 'add', 'zhang', '--role', 'lead'], env);
    expect(users.stderr).toMatch(/auth.username_taken/);
  }, 90_000);
});
