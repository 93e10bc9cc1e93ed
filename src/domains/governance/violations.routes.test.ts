import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../test/support/platform-fixture.js';
import { defaultViolationCatalogue } from './decisions/default-violation-catalogue.js';
import { registerGovernance } from './index.js';

describe('GET /v1/governance/violations', () => {
  let f: PlatformFixture;
  let reviewer: string;
  let merchant: string;

  beforeAll(async () => {
    f = await platformFixture();
    registerGovernance(f.platform);
    [reviewer, merchant] = await Promise.all([f.login('reviewer'), f.login('merchant', 'mch-v')]);
  });
  afterAll(() => f.close());

  const get = (cookie: string) =>
    f.app.inject({ method: 'GET', url: '/v1/governance/violations', headers: { cookie } });

  it('gives staff every violation type with the actions it allows and what each action takes', async () => {
    const res = await get(reviewer);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const catalogue = defaultViolationCatalogue();
    expect(body.violations.map((v: { type: string }) => v.type)).toEqual(Object.keys(catalogue.violations));
    const diversion = body.violations.find((v: { type: string }) => v.type === 'diversion');
    expect(diversion).toMatchObject({
      track: catalogue.violations.diversion!.track,
      points: catalogue.violations.diversion!.points,
      actions: catalogue.violations.diversion!.actions,
      default: catalogue.violations.diversion!.default,
    });
    expect(body.actions).toContainEqual(expect.objectContaining({ type: 'suspend_account', days: 'required' }));
    expect(body.actions).toContainEqual(expect.objectContaining({ type: 'deduct_deposit', amount: true }));
    expect(body.fourEyes).toEqual(catalogue.fourEyes);
  });

  it('is not for merchants', async () => {
    expect((await get(merchant)).statusCode).toBe(403);
  });
});
