import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent, type PlatformFixture, platformFixture } from '../../../test/support/platform-fixture.js';
import { ManualClock } from '../clock.js';

describe('console login and sessions', () => {
  const clock = new ManualClock(new Date());
  let f: PlatformFixture;
  beforeAll(async () => {
    f = await platformFixture({ clock, sessionTtlMs: 3_600_000, loginAttemptsPerMinute: 5 });
    await f.platform.auth.createUser({
      username: 'lin',
      role: 'reviewer',
      password: 'a long enough password',
      actor: 'test',
    });
  });
  afterAll(() => f.close());

  const login = (password: string, username = 'lin') =>
    f.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { username, password },
      remoteAddress: `10.0.0.${password.length}`,
    });

  it('sets an httpOnly, SameSite=Lax session cookie with an expiry, and stores only its hash', async () => {
    const res = await login('a long enough password');
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ username: 'lin', role: 'reviewer' });
    const cookie = res.cookies.find((c) => c.name === 'xinren_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    // Cookie expiry has whole-second precision.
    expect(Math.abs(cookie.expires!.getTime() - (clock.now().getTime() + 3_600_000))).toBeLessThan(1_000);
    const stored = await f.platform.db.selectFrom('authSessions').select('id').execute();
    expect(stored.some((s) => s.id === cookie.value)).toBe(false);
    const me = await f.app.inject({ method: 'GET', url: '/v1/auth/me', cookies: { xinren_session: cookie.value } });
    expect(me.json().user.username).toBe('lin');
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const wrong = await login('not the password');
    const unknown = await login('whatever password', 'nobody');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual(unknown.json().error);
    expect(wrong.json().error.code).toBe('auth.invalid_credentials');
  });

  it('ends a session at logout and when it expires', async () => {
    const res = await login('a long enough password');
    const token = res.cookies.find((c) => c.name === 'xinren_session')!.value;
    await f.app.inject({ method: 'POST', url: '/v1/auth/logout', cookies: { xinren_session: token } });
    expect(
      (await f.app.inject({ method: 'GET', url: '/v1/auth/me', cookies: { xinren_session: token } })).statusCode,
    ).toBe(401);
    const other = (await login('a long enough password')).cookies.find((c) => c.name === 'xinren_session')!.value;
    clock.advance(3_600_001);
    expect(
      (await f.app.inject({ method: 'GET', url: '/v1/auth/me', cookies: { xinren_session: other } })).statusCode,
    ).toBe(401);
  });

  it('rate-limits login attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await f.app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        payload: { username: 'lin', password: 'guess' },
        remoteAddress: '10.9.9.9',
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().error.code).toBe('http.rate_limited');
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('keeps staff pages from other roles', async () => {
    const cookie = await f.login('reviewer');
    const res = await f.app.inject({ method: 'GET', url: '/v1/users', headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.forbidden');
  });
});

describe('users and API keys', () => {
  let f: PlatformFixture;
  beforeAll(async () => {
    f = await platformFixture();
  });
  afterAll(() => f.close());

  it('creates a user with a generated password shown once, and refuses a taken username', async () => {
    const cookie = await f.login('admin');
    const res = await f.app.inject({
      method: 'POST',
      url: '/v1/users',
      headers: { cookie },
      payload: { username: 'wang', role: 'analyst' },
    });
    expect(res.statusCode).toBe(201);
    const { password } = res.json();
    expect(password).toHaveLength(20);
    const again = await f.app.inject({
      method: 'POST',
      url: '/v1/users',
      headers: { cookie },
      payload: { username: 'wang', role: 'analyst' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('auth.username_taken');
    const login = await f.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { username: 'wang', password },
    });
    expect(login.statusCode).toBe(200);
  });

  it('requires a subject id for merchant, host and rights-holder users', async () => {
    const cookie = await f.login('admin');
    const res = await f.app.inject({
      method: 'POST',
      url: '/v1/users',
      headers: { cookie },
      payload: { username: 'shop1', role: 'merchant' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('auth.subject_required');
  });

  it('stores API keys hashed and writes an audit entry for each', async () => {
    const cookie = await f.login('admin');
    const res = await f.app.inject({
      method: 'POST',
      url: '/v1/api-keys',
      headers: { cookie },
      payload: { name: 'shop', scopes: ['events:write'] },
    });
    const { key, apiKey } = res.json();
    expect(key).toMatch(/^xr_/);
    const row = await f.platform.db
      .selectFrom('authApiKeys')
      .selectAll()
      .where('id', '=', apiKey.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(key);
    const audit = await f.platform.db
      .selectFrom('auditEntries')
      .select(['action', 'subject'])
      .where('subject', '=', apiKey.id)
      .execute();
    expect(audit).toEqual([{ action: 'api_key.created', subject: apiKey.id }]);
  });
});

describe('tenant isolation', () => {
  let f: PlatformFixture;
  beforeAll(async () => {
    f = await platformFixture();
    const key = await f.apiKey(['events:write']);
    const listing = (id: string, merchantId: string) =>
      cloudEvent(
        'listing.upserted',
        { listingId: id, merchantId, title: `商品 ${id}`, category: '服饰', price: { amount: 9_900, currency: 'CNY' } },
        id,
      );
    await f.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${key}` },
      payload: [listing('l-a1', 'm-a'), listing('l-a2', 'm-a'), listing('l-b1', 'm-b')],
    });
  });
  afterAll(() => f.close());

  it("shows a merchant its own events and never another merchant's", async () => {
    const a = await f.login('merchant', 'm-a');
    const b = await f.login('merchant', 'm-b');
    const seenByA = (await f.app.inject({ method: 'GET', url: '/v1/portal/events', headers: { cookie: a } })).json()
      .items;
    const seenByB = (await f.app.inject({ method: 'GET', url: '/v1/portal/events', headers: { cookie: b } })).json()
      .items;
    expect(seenByA.map((e: { id: string }) => e.id).sort()).toEqual(['l-a1', 'l-a2']);
    expect(seenByB.map((e: { id: string }) => e.id)).toEqual(['l-b1']);
    expect(JSON.stringify(seenByA)).not.toContain('m-b');
  });

  it('keeps merchants and hosts out of the staff event list', async () => {
    for (const [role, subject] of [
      ['merchant', 'm-a'],
      ['host', 'h-1'],
      ['rights_holder', 'rh-1'],
    ] as const) {
      const cookie = await f.login(role, subject);
      const res = await f.app.inject({ method: 'GET', url: '/v1/events', headers: { cookie } });
      expect(res.statusCode).toBe(403);
    }
  });

  it('limits a key bound to a merchant to that merchant', async () => {
    const key = await f.apiKey(['read'], 'm-b');
    const res = await f.app.inject({ method: 'GET', url: '/v1/events', headers: { authorization: `Bearer ${key}` } });
    expect(res.json().items.map((e: { id: string }) => e.id)).toEqual(['l-b1']);
  });
});
