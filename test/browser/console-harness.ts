import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Chromium, launchChromium } from './chromium';
import { repoRoot, startXinrenServer, type XinrenServer } from './xinren-server';

type Method = 'GET' | 'POST';

/** A built console, a real server with its admin, and one Chromium page, for a browser test file. */
export interface ConsoleHarness {
  server: XinrenServer;
  chromium: Chromium;
  page: Page;
  /** Uncaught errors of the page, which a test expects to stay empty. */
  pageErrors: string[];
  /** A JSON call with the page's session cookie, failing loudly with the server's answer. */
  api<T>(method: Method, path: string, body?: unknown): Promise<T>;
  /** Logs in through the login form and waits for the role's home page. */
  loginAs(username: string, password: string, home?: 'overview' | 'portal'): Promise<void>;
  /** Chooses an option of a searchable antd Select by typing part of its label. */
  pick(selectTestId: string, optionText: string): Promise<void>;
  close(): Promise<void>;
}

export async function openConsoleHarness(adminPassword: string): Promise<ConsoleHarness> {
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'ensure-console.mjs')], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  const server = await startXinrenServer(adminPassword);
  const chromium = await launchChromium();
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    server,
    chromium,
    page,
    pageErrors,
    async api<T>(method: Method, path: string, body?: unknown): Promise<T> {
      const response =
        method === 'GET'
          ? await page.request.get(`${server.baseUrl}${path}`)
          : await page.request.post(`${server.baseUrl}${path}`, { data: body ?? {} });
      const text = await response.text();
      if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async loginAs(username: string, password: string, home: 'overview' | 'portal' = 'overview') {
      await chromium.context.clearCookies();
      await page.goto(`${server.baseUrl}/login`);
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill(password);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`**/${home}`);
    },
    async pick(selectTestId: string, optionText: string) {
      await page.getByTestId(selectTestId).click();
      await page.keyboard.type(optionText);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText })
        .first()
        .waitFor();
      await page.keyboard.press('Enter');
    },
    async close() {
      await chromium.close();
      await server.stop();
    },
  };
}

/** Sends a listing whose title screening flags (off-platform payment), with a shop key. */
export async function sendFlaggedListing(
  baseUrl: string,
  eventsKey: string,
  listingId: string,
  merchantId: string,
): Promise<void> {
  const intake = await fetch(`${baseUrl}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${eventsKey}` },
    body: JSON.stringify([
      {
        specversion: '1.0',
        id: `evt-${listingId}`,
        source: 'test://shop',
        type: 'listing.upserted',
        time: new Date().toISOString(),
        data: {
          listingId,
          merchantId,
          title: '加微信领取优惠，私下转账更便宜',
          category: '服饰',
          price: { amount: 9900, currency: 'CNY' },
        },
      },
    ]),
  });
  if (intake.status >= 300) throw new Error(`intake of ${listingId} answered ${intake.status}: ${await intake.text()}`);
}

/** Waits until the worker has opened at least `count` cases against the merchant; returns them. */
export async function waitForCases<T>(h: ConsoleHarness, merchantId: string, count = 1): Promise<T[]> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const { items } = await h.api<{ items: T[] }>('GET', `/v1/cases?subject=${encodeURIComponent(merchantId)}`);
    if (items.length >= count) return items;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`fewer than ${count} case(s) were opened against ${merchantId}`);
}
