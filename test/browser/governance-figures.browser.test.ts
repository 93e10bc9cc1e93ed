import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleHarness, openConsoleHarness } from './console-harness';
import type { XinrenServer } from './xinren-server';

const adminPassword = 'browser-gov-figures-Pa55word';
const reviewerPassword = 'browser-gov-figures-reviewer-Pa55word';

interface Figures {
  from: string;
  to: string;
  reportRates: { days: { perTenThousandOrders: number | null }[]; total: { reports: number } };
  penalties: { total: number; byAction: Record<string, number> };
  timeToDecision: { decisions: number; medianSeconds: number | null; byQueue: Record<string, unknown> };
  slaBreaches: { total: number };
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));

describe('governance figures page', () => {
  let server: XinrenServer;
  let page: Page;
  let pageErrors: string[] = [];
  let h: ConsoleHarness;
  const api = <T>(method: 'GET' | 'POST', path: string, body?: unknown) => h.api<T>(method, path, body);

  beforeAll(async () => {
    h = await openConsoleHarness(adminPassword);
    ({ server, page, pageErrors } = h);

    await api('POST', '/v1/auth/login', { username: 'admin', password: adminPassword });
    await api('POST', '/v1/users', { username: 'reviewer-fig', role: 'reviewer', password: reviewerPassword });
    // Today's audience and orders, so today's rates have a denominator and the other days are gaps.
    const { key } = await api<{ key: string }>('POST', '/v1/api-keys', {
      name: 'figures-shop',
      scopes: ['events:write'],
    });
    const now = new Date().toISOString();
    const event = (id: string, type: string, data: unknown) => ({
      specversion: '1.0',
      id,
      source: 'test://shop',
      type,
      time: now,
      data,
    });
    const order = (orderId: string) =>
      event(`evt-${orderId}`, 'order.placed', {
        orderId,
        buyerId: 'buyer-fig',
        merchantId: 'mch-fig',
        listingId: 'lst-fig-1',
        quantity: 1,
        amount: { amount: 9_900, currency: 'CNY' },
      });
    const intake = await fetch(`${server.baseUrl}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify([
        order('ord-fig-1'),
        order('ord-fig-2'),
        event('evt-live-fig', 'live.ended', { sessionId: 'live-fig-1', hostId: 'host-fig', totalViewers: 20_000 }),
      ]),
    });
    expect(intake.status, await intake.text()).toBeLessThan(300);
    // Three reports on two listings; the reviewer decides the first listing's case with a removal.
    const filed: { caseId: string }[] = [];
    for (const [reporterId, listing] of [
      ['buyer-fig-1', 'lst-fig-1'],
      ['buyer-fig-2', 'lst-fig-1'],
      ['buyer-fig-3', 'lst-fig-2'],
    ] as const) {
      filed.push(
        await api<{ caseId: string }>('POST', '/v1/reports', {
          reporterId,
          targetType: 'listing',
          targetId: listing,
          subject: { kind: 'merchant', id: 'mch-fig' },
          category: 'counterfeit',
          explanation: '标题写“原单”，售价只有专柜的一折。',
          contact: `${reporterId} <${reporterId}@example.com>`,
          goodFaith: true,
        }),
      );
    }
    await api('POST', '/v1/auth/login', { username: 'reviewer-fig', password: reviewerPassword });
    expect(filed[0]!.caseId).toBeTruthy();
    const { queue } = (await api<{ items: { queue: string }[] }>('GET', '/v1/cases?subject=mch-fig')).items[0]!;
    const claimed = await api<{ case: { id: string } }>('POST', `/v1/queues/${queue}/next`);
    await api('POST', `/v1/cases/${claimed.case.id}/decision`, {
      violationType: 'counterfeit',
      actions: [{ type: 'remove_listing' }],
      facts: '商品标题自称原单，品牌方确认非授权。',
      language: 'zh-CN',
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('draws the charts and shows the key figures the API gives for the last 30 days', async () => {
    await h.loginAs('reviewer-fig', reviewerPassword);
    await page.getByTestId('nav-governance-figures').click();
    await page.waitForURL('**/governance-figures');

    const today = utcDay(new Date());
    expect(await page.getByTestId('figures-from').inputValue()).toBe(addDays(today, -29));
    expect(await page.getByTestId('figures-to').inputValue()).toBe(today);

    await page.locator('[data-testid="figures-report-rates"] canvas').first().waitFor({ state: 'visible' });
    await page.locator('[data-testid="figures-penalties-by-action"] canvas').first().waitFor({ state: 'visible' });
    await page.locator('[data-testid="figures-penalties-by-subject"] canvas').first().waitFor({ state: 'visible' });

    const figures = await api<Figures>('GET', `/v1/governance/figures?from=${addDays(today, -29)}&to=${today}`);
    expect(figures.reportRates.total.reports).toBeGreaterThanOrEqual(2);
    expect(figures.penalties.byAction.remove_listing).toBe(1);
    expect(figures.timeToDecision.decisions).toBe(1);
    const days = figures.reportRates.days;
    // Three reports over two orders today; the earlier days had no orders.
    expect(days.at(-1)!.perTenThousandOrders).toBe(15_000);
    expect(days[0]!.perTenThousandOrders).toBeNull();

    const reports = page.getByTestId('figure-reports');
    expect(await reports.getAttribute('data-value')).toBe(String(figures.reportRates.total.reports));
    expect(await reports.locator('.ant-statistic-content').textContent()).toBe(
      String(figures.reportRates.total.reports),
    );
    expect(await page.getByTestId('figure-median-time').getAttribute('data-value')).toBe(
      String(figures.timeToDecision.medianSeconds),
    );
    expect(await page.getByTestId('figure-sla-breaches').getAttribute('data-value')).toBe(
      String(figures.slaBreaches.total),
    );
    // The queue the decided case opened in has its row, with its one decision.
    const [queue] = Object.keys(figures.timeToDecision.byQueue);
    const cells = page.locator(`[data-testid="figures-queues"] tr[data-row-key="${queue}"] td`);
    expect(await cells.allTextContents()).toEqual([queue, '0', '1', expect.any(String)]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps a widened range within the 92 days the server accepts', async () => {
    const to = await page.getByTestId('figures-to').inputValue();
    await page.getByTestId('figures-from').fill(addDays(to, -200));
    const from = await page.getByTestId('figures-from').inputValue();
    expect(from).toBe(addDays(to, -200));
    expect(await page.getByTestId('figures-to').inputValue()).toBe(addDays(from, 91));
    expect(await page.getByTestId('figures-range-days').getAttribute('data-days')).toBe('92');
    // The new range loads without an error.
    await page.getByTestId('figure-reports').waitFor({ state: 'visible' });
    expect(await page.getByTestId('figures-error').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
