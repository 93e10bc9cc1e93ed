import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleHarness, openConsoleHarness, sendFlaggedListing, waitForCases } from './console-harness';
import type { XinrenServer } from './xinren-server';

const adminPassword = 'browser-governance-Pa55word';
const reviewerPassword = 'browser-reviewer-Pa55word';

interface CaseSummary {
  id: string;
  queue: string;
  state: string;
}

describe('governance console', () => {
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

  let seeded: CaseSummary;
  let eventsKey: string;

  beforeAll(async () => {
    h = await openConsoleHarness(adminPassword);
    ({ server, page, pageErrors } = h);

    // The admin sets the stage through the API: a reviewer account, and a listing whose screening opens a case.
    await api('POST', '/v1/auth/login', { username: 'admin', password: adminPassword });
    await api('POST', '/v1/users', { username: 'reviewer-gov', role: 'reviewer', password: reviewerPassword });
    const apiKey = await api<{ key: string }>('POST', '/v1/api-keys', {
      name: 'governance-shop',
      scopes: ['events:write'],
    });
    await api('POST', '/v1/users', { username: 'reviewer-gov-2', role: 'reviewer', password: reviewerPassword });
    eventsKey = apiKey.key;
    seeded = await screenListing('l-gov-1', 'm-gov-1');
    await h.loginAs('reviewer-gov', reviewerPassword);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('takes the next case of a queue, decides it with remove_listing and shows the statement of reasons', async () => {
    await page.getByTestId('nav-governance-queues').click();
    await page.waitForURL('**/governance-queues');
    const queue = page.getByTestId(`queue-${seeded.queue}`);
    await queue.waitFor({ state: 'visible' });
    expect(await queue.getByTestId('queue-state-open').textContent()).toMatch(/1$/);

    await page.getByTestId(`queue-next-${seeded.queue}`).click();
    await page.waitForURL(`**/governance-cases/${seeded.id}`);
    await page.getByTestId('case-state').and(page.locator('[data-state="in_review"]')).waitFor();
    expect(await page.getByTestId('case-target').textContent()).toContain('l-gov-1');
    // The snapshot shows the findings' spans in place.
    await page.getByTestId('case-evidence').getByTestId('finding-highlight').first().waitFor({ state: 'visible' });

    await h.pick('decision-violation', 'diversion');
    // antd may put the test id on the checkbox input or on its label.
    const removal = page
      .locator(
        'input[data-testid="decision-action-remove_listing"], [data-testid="decision-action-remove_listing"] input',
      )
      .first();
    await removal.waitFor({ state: 'attached' });
    // remove_listing is the catalogue's default for diversion: it comes ticked.
    expect(await removal.isChecked()).toBe(true);
    await page.getByTestId('decision-facts').fill('标题引导买家加微信私下交易');
    await page.getByTestId('decision-submit').click();

    const result = page.getByTestId('decision-result');
    await result.waitFor({ state: 'visible' });
    expect(await result.getByTestId('decision-status').getAttribute('data-status')).toBe('in_effect');
    const statement = await result.getByTestId('decision-statement').textContent();
    expect(statement).toContain('标题引导买家加微信私下交易');
    expect(statement).toContain('引导买家脱离平台');
    await result.locator('[data-testid="sanction"][data-action="remove_listing"]').waitFor({ state: 'visible' });

    // The server agrees: the case is decided and its decision removed the listing.
    const detail = await api<{ state: string }>('GET', `/v1/cases/${seeded.id}`);
    expect(detail.state).toBe('decided');
  });

  it("shows the subject's points per track and its active sanctions", async () => {
    await page.getByTestId('case-subject-profile').click();
    await page.waitForURL('**/governance-subjects/merchant/m-gov-1');
    const points = await api<{ totals: { general: number }; activeSanctions: unknown[] }>(
      'GET',
      '/v1/subjects/merchant/m-gov-1/points',
    );
    expect(points.totals.general).toBeGreaterThan(0);
    const general = page.getByTestId('points-total-general');
    await general.waitFor({ state: 'visible' });
    expect(await general.locator('.ant-statistic-content').textContent()).toBe(String(points.totals.general));
    await page.getByTestId('points-timeline').waitFor({ state: 'visible' });
    expect(await page.getByTestId('points-sanctions').getByTestId('sanction').count()).toBe(
      points.activeSanctions.length,
    );
  });

  it('holds a termination for a second reviewer, who confirms it', async () => {
    const second = await screenListing('l-gov-2', 'm-gov-2');
    await page.getByTestId('nav-governance-queues').click();
    await page.waitForURL('**/governance-queues');
    await page.getByTestId(`queue-next-${second.queue}`).click();
    await page.waitForURL(`**/governance-cases/${second.id}`);

    await h.pick('decision-violation', '(fraud)');
    const terminate = page
      .locator(
        'input[data-testid="decision-action-terminate_account"], [data-testid="decision-action-terminate_account"] input',
      )
      .first();
    await terminate.check();
    await page.getByTestId('decision-four-eyes').waitFor({ state: 'visible' });
    await page.getByTestId('decision-facts').fill('冒充官方客服骗取货款');
    await page.getByTestId('decision-submit').click();

    const result = page.getByTestId('decision-result');
    await result.getByTestId('decision-pending').waitFor({ state: 'visible' });
    expect(await result.getByTestId('decision-status').getAttribute('data-status')).toBe('pending_confirmation');
    await result.getByTestId('decision-proposed').waitFor({ state: 'visible' });
    // Whoever proposed it may not confirm it.
    expect(await result.getByTestId('decision-confirm').count()).toBe(0);

    await h.loginAs('reviewer-gov-2', reviewerPassword);
    await page.goto(`${server.baseUrl}/governance-cases/${second.id}`);
    await page.getByTestId('decision-confirm').click();
    await page.locator('[data-testid="decision-status"][data-status="in_effect"]').waitFor({ state: 'visible' });
    expect(await page.getByTestId('decision-pending').count()).toBe(0);
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
