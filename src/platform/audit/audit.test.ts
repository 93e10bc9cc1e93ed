import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { createTestDatabase, type TestDatabase } from '../db/test-database.js';
import { appendAudit, verifyAuditChain } from './audit.service.js';

describe('audit log', () => {
  const clock = new ManualClock('2026-11-25T08:00:00Z');
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    for (let i = 1; i <= 5; i++) {
      clock.advance(1_000);
      await appendAudit(t.db, clock, {
        actor: 'user:lead1',
        action: 'sanction.applied',
        subject: `merchant:m${i}`,
        before: { points: i, list: [1, 2] },
        after: { points: i + 2, nested: { b: 1, a: 2 } },
        reason: '虚假宣传',
      });
    }
  });
  afterAll(() => t.close());

  it('verifies an untouched chain', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 5, firstBroken: null });
  });

  it('refuses ordinary updates and deletes', async () => {
    await expect(sql`update audit_entries set reason = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_entries`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_entries`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('names the first broken entry when a row is altered behind its back', async () => {
    await sql`alter table audit_entries disable trigger audit_entries_no_change`.execute(t.db);
    await sql`update audit_entries set after = '{"points": 0}'::jsonb where seq = 3`.execute(t.db);
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken?.seq).toBe(3);
    expect(result.firstBroken?.reason).toMatch(/altered/);
    expect(result.checked).toBe(2);
  });

  it('names the entry after a removed one', async () => {
    await sql`delete from audit_entries where seq = 3`.execute(t.db);
    const result = await verifyAuditChain(t.db);
    expect(result.firstBroken?.seq).toBe(4);
    expect(result.firstBroken?.reason).toMatch(/removed/);
    await sql`alter table audit_entries enable trigger audit_entries_no_change`.execute(t.db);
  });
});
