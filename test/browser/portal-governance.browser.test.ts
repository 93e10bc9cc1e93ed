import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleHarness, openConsoleHarness, sendFlaggedListing, waitForCases } from './console-harness';
import type { XinrenServer } from './xinren-server';

const adminPassword = 'browser-portal-gov-Pa55word';
const reviewerPassword = 'browser-portal-reviewer-Pa55word';
const facts = '标题写有“加微信领取优惠”，引导买家私下转账';

interface CaseSummary {
  id: string;
  queue: string;
  state: string;
}

describe('the governance side of the merchant portal', () => {
  let server: XinrenServer;
  let page: Page;
  let pageErrors: string[] = [];
  let h: ConsoleHarness;
  const api = <T>(method: 'GET' | 'POST', path: string, body?: unknown) => h.api<T>(method, path, body);
  /** Sends a listing whose title screening flags, and waits for the worker to open its case. */
  const screenListing = async (listingId: string, merchantId: string): Promise<CaseSummary> => {
    await sendFlaggedListing(server.baseUrl, eventsKey, listingId, merchantId);
    return (await waitForCases<CaseSummary>(h, merchantId))[0]!;
  };
  let eventsKey: string;
  const merchantPasswords = new Map<string, string>();

  let caseOfA: CaseSummary;
  let decisionOfA: string;
  let decisionOfB: string;

  beforeAll(async () => {
    h = await openConsoleHarness(adminPassword);
    ({ server, page, pageErrors } = h);

    // The admin sets the stage: a reviewer, two merchants, and a shop key that sends listings.
    await api('POST', '/v1/auth/login', { username: 'admin', password: adminPassword });
    await api('POST', '/v1/users', { username: 'reviewer-portal', role: 'reviewer', password: reviewerPassword });
    await api('POST', '/v1/users', { username: 'reviewer-appeals', role: 'reviewer', password: reviewerPassword });
    for (const [username, subjectId] of [
      ['merchant-a', 'm-pg-a'],
      ['merchant-b', 'm-pg-b'],
    ] as const) {
      const created = await api<{ password: string }>('POST', '/v1/users', { username, role: 'merchant', subjectId });
      merchantPasswords.set(username, created.password);
    }
    eventsKey = (await api<{ key: string }>('POST', '/v1/api-keys', { name: 'portal-shop', scopes: ['events:write'] }))
      .key;
    caseOfA = await screenListing('l-pg-a', 'm-pg-a');
    await h.loginAs('reviewer-portal', reviewerPassword, 'overview');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('has a reviewer decide a case against merchant A in the console', async () => {
    await page.goto(`${server.baseUrl}/governance-queues`);
    await page.getByTestId(`queue-next-${caseOfA.queue}`).click();
    await page.waitForURL(`**/governance-cases/${caseOfA.id}`);
    await h.pick('decision-violation', 'diversion');
    await page.getByTestId('decision-facts').fill(facts);
    await page.getByTestId('decision-submit').click();
    const result = page.getByTestId('decision-result');
    await result.locator('[data-testid="decision-status"][data-status="in_effect"]').waitFor({ state: 'visible' });

    const decided = await api<{ events: { type: string; data: { decisionId?: string } }[] }>(
      'GET',
      `/v1/cases/${caseOfA.id}`,
    );
    decisionOfA = decided.events.map((e) => e.data?.decisionId).find((id) => id !== undefined) ?? '';
    expect(decisionOfA).not.toBe('');

    // Merchant B gets a decision too, through the API: the one merchant A must not see.
    const caseOfB = await screenListing('l-pg-b', 'm-pg-b');
    const claimed = await api<{ case: { id: string } | null }>('POST', `/v1/queues/${caseOfB.queue}/next`);
    expect(claimed.case?.id).toBe(caseOfB.id);
    const ofB = await api<{ id: string }>('POST', `/v1/cases/${caseOfB.id}/decision`, {
      violationType: 'diversion',
      facts: '另一家店铺的违规事实',
      language: 'zh-CN',
    });
    decisionOfB = ofB.id;
  });

  it('shows merchant A its sanction, the decision with its statement of reasons, and its points', async () => {
    await h.loginAs('merchant-a', merchantPasswords.get('merchant-a') ?? '', 'portal');

    await page.getByTestId('portal-tab-decisions').click();
    const active = page.getByTestId('portal-sanctions-active');
    await active.locator('[data-testid="portal-sanction"][data-action="remove_listing"]').waitFor({ state: 'visible' });
    const decisions = page.getByTestId('portal-decisions');
    await decisions.locator(`[data-decision-id="${decisionOfA}"]`).waitFor({ state: 'visible' });
    expect(await decisions.getByTestId('portal-decision').count()).toBe(1);
    expect(await page.getByTestId('portal-decisions').textContent()).not.toContain(decisionOfB);

    await decisions.locator(`[data-decision-id="${decisionOfA}"]`).getByTestId('portal-decision-open').click();
    await page.waitForURL(`**/portal/decisions/${decisionOfA}`);
    const statement = page.getByTestId('portal-decision-statement');
    await statement.waitFor({ state: 'visible' });
    expect(await statement.textContent()).toContain(facts);
    expect(await statement.textContent()).toContain('引导买家脱离平台');
    await page
      .getByTestId('portal-decision-sanctions')
      .locator('[data-testid="portal-sanction"][data-action="remove_listing"]')
      .waitFor({ state: 'visible' });
    // Reviewers stay anonymous to the party.
    expect(await page.getByTestId('portal-decision-page').textContent()).not.toContain('reviewer-portal');

    await page.goto(`${server.baseUrl}/portal?tab=points`);
    const points = await api<{ totals: { general: number } }>('GET', '/v1/subjects/merchant/m-pg-a/points');
    expect(points.totals.general).toBeGreaterThan(0);
    const general = page.getByTestId('portal-points-total-general');
    await general.waitFor({ state: 'visible' });
    expect(await general.locator('.ant-statistic-content').textContent()).toBe(String(points.totals.general));
    await page.getByTestId('points-timeline').waitFor({ state: 'visible' });
    expect(await page.getByTestId('portal-points-entries').textContent()).toContain(decisionOfA);
  });

  it('lets merchant A appeal the decision through the form and shows the appeal pending', async () => {
    await page.goto(`${server.baseUrl}/portal/decisions/${decisionOfA}`);
    const panel = page.locator('[data-testid="appeal-panel"][data-state="can_appeal"]');
    await panel.waitFor({ state: 'visible' });
    expect(await page.getByTestId('appeal-window').textContent()).toContain('180');

    await page.getByTestId('appeal-text').fill('该标题为历史文案，已修改，并未引导私下交易。');
    await page.getByTestId('appeal-add-attachment').click();
    await page.getByTestId('appeal-attachment-url-0').fill('https://files.example.com/m-pg-a/listing-history.png');
    await page.getByTestId('appeal-submit').click();

    await page.locator('[data-testid="appeal-panel"][data-state="pending"]').waitFor({ state: 'visible' });
    await page.getByTestId('appeal-pending').waitFor({ state: 'visible' });
    expect(await page.getByTestId('appeal-status').getAttribute('data-status')).toBe('open');
    expect(await page.getByTestId('appeal-outcome').textContent()).toContain('listing-history.png');

    // The server has it, with the attachment named after its file.
    const { items } = await api<{ items: { decisionId: string; status: string; attachments: { name: string }[] }[] }>(
      'GET',
      '/v1/appeals',
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      decisionId: decisionOfA,
      status: 'open',
      attachments: [{ name: 'listing-history.png' }],
    });

    await page.goto(`${server.baseUrl}/portal?tab=appeals`);
    const appeal = page.getByTestId('portal-appeal');
    await appeal.waitFor({ state: 'visible' });
    expect(await appeal.getByTestId('appeal-status').getAttribute('data-status')).toBe('open');
  });

  it("shows the appeal's outcome once another reviewer reverses the decision", async () => {
    // The second reviewer works through the API with its own session, leaving the merchant's page logged in.
    const login = await fetch(`${server.baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'reviewer-appeals', password: reviewerPassword }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .join('; ');
    const asReviewer = async <T>(path: string, body: unknown): Promise<T> => {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text}`);
      return JSON.parse(text) as T;
    };
    const claimed = await asReviewer<{ appeal: { id: string } | null }>('/v1/queues/appeals/next', {});
    expect(claimed.appeal).not.toBeNull();
    await asReviewer(`/v1/appeals/${claimed.appeal?.id}/decision`, {
      outcome: 'reversed',
      reasoning: '标题已于决定前修改',
    });

    await page.goto(`${server.baseUrl}/portal/decisions/${decisionOfA}`);
    await page.locator('[data-testid="appeal-panel"][data-state="decided"]').waitFor({ state: 'visible' });
    expect(await page.getByTestId('appeal-status').getAttribute('data-status')).toBe('reversed');
    expect(await page.getByTestId('appeal-reply').textContent()).toContain('标题已于决定前修改');
    expect(await page.getByTestId('portal-decision-status').getAttribute('data-status')).toBe('reversed');

    // The lifted sanction has moved to the ended ones, with when it ended.
    await page.goto(`${server.baseUrl}/portal?tab=decisions`);
    const past = page.getByTestId('portal-sanctions-past');
    await past
      .locator('[data-testid="portal-sanction"][data-action="remove_listing"][data-status="lifted"]')
      .waitFor({ state: 'visible' });
    await past.getByTestId('portal-sanction-ended').first().waitFor({ state: 'visible' });
    expect(await page.getByTestId('portal-sanctions-active').getByTestId('portal-sanction').count()).toBe(0);
  });

  it("shows merchant A not-found for merchant B's decision", async () => {
    await page.goto(`${server.baseUrl}/portal/decisions/${decisionOfB}`);
    await page.getByTestId('portal-decision-not-found').waitFor({ state: 'visible' });
    expect(await page.locator('body').textContent()).not.toContain('另一家店铺的违规事实');
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
