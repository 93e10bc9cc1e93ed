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

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
