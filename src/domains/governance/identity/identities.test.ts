import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { ManualClock } from '../../../platform/clock.js';
import { registerGovernance } from '../index.js';
import { checkOnboarding, markBanned, markSuspended, recordIdentities } from './identities.js';
import { DEV_IDENTITY_SECRET } from './identity-secret.js';

const DAY = 86_400_000;
const RAW = {
  idNumber: '110101199003071234',
  phone: '+86 138 0013 8000',
  businessLicence: '91350211M000100Y43',
  paymentAccount: '6222020200112233445',
  deviceId: 'IMEI-356938035643809',
};

describe('repeat offenders: identities, bans and the onboarding check', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let f: PlatformFixture;
  let intake: string;
  let merchantKey: string;
  let lead: string;
  let reviewer: string;
  const secret = DEV_IDENTITY_SECRET;

  const post = (url: string, payload: object, key = intake) =>
    f.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${key}` }, payload });

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerGovernance(f.platform);
    [intake, merchantKey, lead, reviewer] = await Promise.all([
      f.apiKey(['events:write']),
      f.apiKey(['events:write', 'read'], 'mch-own'),
      f.login('lead'),
      f.login('reviewer'),
    ]);
  });
  afterAll(() => f.close());

  it('stores keyed hashes and never a raw value', async () => {
    const res = await post('/v1/identities', { subjectKind: 'merchant', subjectId: 'mch-banned', ...RAW });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      subject: { kind: 'merchant', id: 'mch-banned' },
      banned: false,
      identifiers: { id_number: 1, phone: 1, business_licence: 1, payment_account: 1, device_id: 1 },
    });
    const rows = await f.platform.db.selectFrom('govIdentityFingerprints').selectAll().execute();
    expect(rows).toHaveLength(5);
    const dump = JSON.stringify(rows);
    for (const raw of Object.values(RAW)) {
      expect(dump).not.toContain(raw);
      // Nor the digits of it in another spacing.
      expect(dump).not.toContain(raw.replace(/\D/g, '').slice(-8));
    }
    for (const r of rows) expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    // Sending them again adds nothing.
    await post('/v1/identities', { subjectKind: 'merchant', subjectId: 'mch-banned', ...RAW });
    expect(await f.platform.db.selectFrom('govIdentityFingerprints').selectAll().execute()).toHaveLength(5);
  });

  it('allows everyone while no matching account is banned or suspended', async () => {
    const res = await post('/v1/onboarding/check', { idNumber: RAW.idNumber });
    expect(res.json()).toEqual({ answer: 'allow', matches: [] });
  });

  it('denies a banned account coming back with its ID number, naming it and the kinds matched', async () => {
    await f.platform.db
      .transaction()
      .execute((trx) => markBanned(trx, clock, 'merchant', 'mch-banned', 'terminated: counterfeit, third time'));
    const res = await post('/v1/onboarding/check', {
      subjectKind: 'merchant',
      idNumber: '110101 19900307 1234',
      phone: '13800138000',
      deviceId: 'another-device',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      answer: 'deny',
      matches: [
        {
          subject: { kind: 'merchant', id: 'mch-banned' },
          standing: 'banned',
          identifierKinds: ['id_number', 'phone'],
          answer: 'deny',
        },
      ],
    });
    for (const field of ['businessLicence', 'paymentAccount'] as const) {
      expect((await post('/v1/onboarding/check', { [field]: RAW[field] })).json().answer).toBe('deny');
    }
    const audit = await f.platform.db
      .selectFrom('auditEntries')
      .selectAll()
      .where('action', '=', 'account.banned')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ subject: 'merchant:mch-banned', actor: 'system:decisions' });
  });

  it('sends to review a match on phone or device only', async () => {
    const res = await post('/v1/onboarding/check', { phone: '0086-13800138000' });
    expect(res.json()).toMatchObject({
      answer: 'review',
      matches: [{ subject: { id: 'mch-banned' }, identifierKinds: ['phone'], answer: 'review' }],
    });
    expect((await post('/v1/onboarding/check', { deviceId: RAW.deviceId })).json().answer).toBe('review');
  });

  it('sends to review a match with a currently suspended account, and allows once the suspension ends', async () => {
    const db = f.platform.db;
    await recordIdentities(db, clock, secret, { kind: 'host', id: 'host-susp' }, { id_number: '320102198801011111' });
    await db
      .transaction()
      .execute((trx) =>
        markSuspended(
          trx,
          clock,
          'host',
          'host-susp',
          new Date(clock.now().getTime() + 7 * DAY),
          '7-day live suspension',
        ),
      );
    const check = () => checkOnboarding(db, clock, secret, { identifiers: { id_number: '320102198801011111' } });
    expect(await check()).toMatchObject({
      answer: 'review',
      matches: [{ subject: { kind: 'host', id: 'host-susp' }, standing: 'suspended', identifierKinds: ['id_number'] }],
    });
    clock.advance(8 * DAY);
    expect(await check()).toEqual({ answer: 'allow', matches: [] });
  });

  it('does not match an account against itself', async () => {
    const res = await post('/v1/onboarding/check', {
      subjectKind: 'merchant',
      subjectId: 'mch-banned',
      idNumber: RAW.idNumber,
    });
    expect(res.json().answer).toBe('allow');
  });

  it('does not match under another secret', async () => {
    const other = await checkOnboarding(f.platform.db, clock, 'a-different-secret-0123', {
      identifiers: { id_number: RAW.idNumber },
    });
    expect(other.answer).toBe('allow');
  });

  it('lets only leads set and lift a ban, with audit entries', async () => {
    const url = '/v1/identities/host/host-x/ban';
    // The clock moved days since beforeAll: fresh sessions.
    [lead, reviewer] = await Promise.all([f.login('lead'), f.login('reviewer')]);
    const asReviewer = await f.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: reviewer },
      payload: { reason: 'x' },
    });
    expect(asReviewer.statusCode).toBe(403);
    const set = await f.app.inject({ method: 'PUT', url, headers: { cookie: lead }, payload: { reason: '实名冒用' } });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ subject: { kind: 'host', id: 'host-x' }, banned: true, banReason: '实名冒用' });
    const cleared = await f.app.inject({
      method: 'DELETE',
      url,
      headers: { cookie: lead },
      payload: { reason: '误封' },
    });
    expect(cleared.json()).toMatchObject({ banned: false, banReason: null });
    const audit = await f.platform.db
      .selectFrom('auditEntries')
      .select(['action', 'reason'])
      .where('subject', '=', 'host:host-x')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'account.banned', reason: '实名冒用' },
      { action: 'account.unbanned', reason: '误封' },
    ]);
  });

  it('refuses bad input with 4xx and keys acting for one merchant', async () => {
    const none = await post('/v1/onboarding/check', { subjectKind: 'merchant' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('http.validation_failed');
    expect((await post('/v1/identities', { subjectKind: 'buyer', subjectId: 'b', phone: '1' })).statusCode).toBe(400);
    expect((await post('/v1/identities', { subjectKind: 'merchant', subjectId: 'm', phone: '' })).statusCode).toBe(400);
    const bound = await post('/v1/onboarding/check', { idNumber: RAW.idNumber }, merchantKey);
    expect(bound.statusCode).toBe(403);
    expect(bound.json().error.code).toBe('auth.forbidden');
    const reader = await f.apiKey(['read']);
    expect(
      (await post('/v1/identities', { subjectKind: 'merchant', subjectId: 'm', phone: '1' }, reader)).statusCode,
    ).toBe(403);
  });
});
