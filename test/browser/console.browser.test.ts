import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium } from './chromium';
import { repoRoot, startXinrenServer, type XinrenServer } from './xinren-server';

const adminPassword = 'browser-test-Pa55word';

describe('web console', () => {
  let server: XinrenServer;
  let chromium: Chromium;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The server serves console/dist; build it first when it is missing or stale.
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'ensure-console.mjs')], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    server = await startXinrenServer(adminPassword);
    chromium = await launchChromium();
    page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it('sends a visitor without a session to the login page, in Chinese by default', async () => {
    // The console URL the server prints is the root.
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL('**/login');
    await page.getByText('登录控制台').waitFor({ state: 'visible' });
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('shows an error for a wrong password and stays on the login page', async () => {
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    const error = page.getByTestId('login-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('logs the admin in and shows the live overview figures of the server', async () => {
    await page.getByTestId('login-password').fill(adminPassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL('**/overview');

    const eventsStat = page.getByTestId('stat-events-last-hour');
    await eventsStat.waitFor({ state: 'visible' });
    expect(await eventsStat.textContent()).toContain('近一小时事件');
    // The value appears once /v1/overview answered; it must be the server's figure.
    const value = eventsStat.locator('.ant-statistic-content-value');
    await value.waitFor({ state: 'visible' });
    const overview = (await (await page.request.get(`${server.baseUrl}/v1/overview`)).json()) as {
      events: { lastHour: number };
    };
    expect(await value.textContent()).toBe(overview.events.lastHour.toLocaleString('en-US'));

    await page.getByTestId('chart-events-per-minute').locator('canvas').first().waitFor({ state: 'visible' });
    await page.getByTestId('stat-deliveries-dead').waitFor({ state: 'visible' });
  });

  it('switches to English, and keeps English after a reload', async () => {
    await page.getByTestId('lang-switch').getByText('English').click();
    await page.getByText('Events in the last hour').waitFor({ state: 'visible' });
    await page.getByTestId('nav-overview').getByText('Overview').waitFor({ state: 'visible' });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await page.getByText('Events in the last hour').waitFor({ state: 'visible' });
    expect(await page.getByTestId('nav-webhooks').textContent()).toBe('Webhooks');
  });

  it('logs out to the login page, and the old session no longer opens the console', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    await page.getByText('Sign in to the console').waitFor({ state: 'visible' });

    await page.goto(`${server.baseUrl}/overview`);
    await page.waitForURL('**/login');
    const me = await page.request.get(`${server.baseUrl}/v1/auth/me`);
    expect(me.status()).toBe(401);
  });

  it('shows a merchant its own events in the portal, and none of the staff console', async () => {
    const api = async (path: string, init: { method?: string; cookie?: string; key?: string; body?: unknown }) => {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method: init.method ?? 'POST',
        headers: {
          'content-type': 'application/json',
          ...(init.cookie ? { cookie: init.cookie } : {}),
          ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${init.method ?? 'POST'} ${path} answered ${response.status}: ${text}`);
      return { response, body: text ? JSON.parse(text) : undefined };
    };

    // The admin prepares the merchant account and its events through the API.
    const login = await api('/v1/auth/login', { body: { username: 'admin', password: adminPassword } });
    const cookie = login.response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .join('; ');
    const merchant = await api('/v1/users', {
      cookie,
      body: { username: 'portal-merchant', role: 'merchant', subjectId: 'm-portal-1' },
    });
    const merchantPassword = merchant.body.password as string;
    const apiKey = await api('/v1/api-keys', { cookie, body: { name: 'shop', scopes: ['events:write'] } });
    const listing = (listingId: string, merchantId: string, title: string) => ({
      specversion: '1.0',
      id: `evt-${listingId}`,
      source: 'test://shop',
      type: 'listing.upserted',
      time: new Date().toISOString(),
      data: { listingId, merchantId, title, category: '服饰', price: { amount: 9900, currency: 'CNY' } },
    });
    const intake = await api('/v1/events', {
      key: apiKey.body.key,
      body: [
        listing('l-portal-1', 'm-portal-1', 'Portal jacket'),
        listing('l-portal-2', 'm-portal-1', 'Portal scarf'),
        listing('l-other-1', 'm-other', 'Other shop hat'),
      ],
    });
    expect(intake.body).toMatchObject({ accepted: 3, rejected: [] });

    // The merchant logs in on the page left at the login form (still in English).
    await page.getByTestId('login-username').fill('portal-merchant');
    await page.getByTestId('login-password').fill(merchantPassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL('**/portal');
    expect(await page.getByTestId('portal-subject').textContent()).toContain('m-portal-1');

    const table = page.getByTestId('portal-events-table');
    await table.getByText('evt-l-portal-1').waitFor({ state: 'visible' });
    await table.getByText('evt-l-portal-2').waitFor({ state: 'visible' });
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(2);
    expect(await table.textContent()).not.toContain('evt-l-other-1');

    // A row opens onto its data as formatted JSON.
    await table.locator('tbody tr.ant-table-row').first().locator('.ant-table-row-expand-icon').click();
    const data = table.getByTestId('portal-event-data');
    await data.waitFor({ state: 'visible' });
    expect(await data.textContent()).toContain('"merchantId": "m-portal-1"');

    // Only the portal entry is in the menu.
    await page.getByTestId('nav-portal').waitFor({ state: 'visible' });
    for (const key of ['overview', 'events', 'webhooks', 'audit', 'settings', 'governance'])
      expect(await page.getByTestId(`nav-${key}`).count()).toBe(0);

    // A staff page typed into the address bar sends the merchant home.
    await page.goto(`${server.baseUrl}/settings`);
    await page.waitForURL('**/portal');
    await page.goto(`${server.baseUrl}/overview`);
    await page.waitForURL('**/portal');
    await page.getByTestId('portal-events-table').waitFor({ state: 'visible' });
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
