import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../test/support/platform-fixture.js';

describe('HTTP conventions', () => {
  let f: PlatformFixture;
  beforeAll(async () => {
    f = await platformFixture();
  });
  afterAll(() => f.close());

  it('serves OpenAPI 3.1 with every public route at /docs/json, and a viewer at /docs', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/docs/json' });
    const spec = res.json();
    expect(spec.openapi).toBe('3.1.0');
    for (const path of ['/v1/events', '/v1/auth/login', '/v1/webhooks/endpoints', '/v1/overview', '/healthz']) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    expect(Object.keys(spec.paths)).not.toContain('/internal/cli');
    const ui = await f.app.inject({ method: 'GET', url: '/docs' });
    expect(ui.statusCode).toBeLessThan(400);
  });

  it('answers health and readiness', async () => {
    expect((await f.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await f.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('gives every answer a request id, keeping a sane one the caller sent', async () => {
    const own = await f.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'shop-trace-42' } });
    expect(own.headers['x-request-id']).toBe('shop-trace-42');
    const generated = await f.app.inject({
      method: 'GET',
      url: '/v1/nothing',
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(generated.headers['x-request-id']).toMatch(/^req_/);
    expect(generated.statusCode).toBe(404);
    expect(generated.json()).toEqual({
      error: { code: 'http.not_found', message: 'no route GET /v1/nothing' },
      requestId: generated.headers['x-request-id'],
    });
  });

  it('names the fields of a body that fails validation', async () => {
    const res = await f.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('http.validation_failed');
    expect(res.json().error.message).toMatch(/password/);
  });
});
