import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

type Json = Record<string, any>;
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Requests made as a logged-in console user (a session cookie), for route tests: `ok` expects a
 * 2xx and returns the body, `refused` expects the status and error code. `app` is read at call
 * time, so the fixture may be built in beforeAll.
 */
export function sessionCalls(app: () => FastifyInstance) {
  const call = (method: Method, url: string, cookie: string, payload?: unknown) =>
    app().inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as Json }) });
  const ok = async (method: Method, url: string, cookie: string, payload?: unknown): Promise<Json> => {
    const res = await call(method, url, cookie, payload);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  const refused = async (
    method: Method,
    url: string,
    cookie: string,
    payload: unknown,
    status: number,
    code: string,
  ) => {
    const res = await call(method, url, cookie, payload);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
  };
  return { call, ok, refused };
}
