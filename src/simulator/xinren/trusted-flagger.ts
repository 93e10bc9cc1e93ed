import { callXinren, type HttpOutcome, type XinrenConnection } from './xinren-http.js';

/**
 * Has Xinren treat the run's flagger as trusted. Xinren decides who is trusted from its own
 * register, not from the `trustedFlagger` field of a report, so without this the flagger's reports
 * are ordinary ones. Needs a key with the admin scope; granting again is harmless.
 */
export function registerTrustedFlagger(admin: XinrenConnection, reporterId: string): Promise<HttpOutcome> {
  return callXinren({ timeoutMs: 5_000, ...admin }, 'POST', '/v1/trusted-flaggers', {
    contentType: 'application/json',
    json: { reporterId, name: '模拟消费者协会', note: 'marketplace simulator' },
  });
}
