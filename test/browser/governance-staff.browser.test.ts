import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleHarness, openConsoleHarness, sendFlaggedListing, waitForCases } from './console-harness';
import type { XinrenServer } from './xinren-server';

const adminPassword = 'browser-gov-staff-Pa55word';
const staffPassword = 'browser-gov-staff-member-Pa55word';

interface Appeal {
  id: string;
  decisionId: string;
  caseId: string;
  status: string;
  decision: { reply: string } | null;
}

describe('governance staff console: appeals and trusted flaggers', () => {
  let server: XinrenServer;
  let page: Page;
  let pageErrors: string[] = [];
  let h: ConsoleHarness;
  const api = <T>(method: 'GET' | 'POST', path: string, body?: unknown) => h.api<T>(method, path, body);
  /** Sends a listing whose title screening flags, and waits for the worker to open its case(s). */
  const screenListing = async (key: string, listingId: string, merchantId: string, cases = 1): Promise<void> => {
    await sendFlaggedListing(server.baseUrl, key, listingId, merchantId);
    await waitForCases(h, merchantId, cases);
  };
  let appeal: Appeal;
  let eventsKey = '';
  /** The review queue that the flagged listings land in. */
  let listingQueue = '';

  type Session = <T>(method: 'GET' | 'POST', path: string, body?: unknown) => Promise<T>;
  // One login per account: the server limits login attempts per minute.
  const sessions = new Map<string, Session>();

  /** A session of its own, outside the browser: acting as someone else leaves the page signed in. */
  const sessionOf = async (username: string): Promise<Session> => {
    const known = sessions.get(username);
    if (known) return known;
    const login = await fetch(`${server.baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: staffPassword }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const session: Session = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method,
        headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    };
    sessions.set(username, session);
    return session;
  };

  beforeAll(async () => {
    h = await openConsoleHarness(adminPassword);
    ({ server, page, pageErrors } = h);

    // The admin sets the stage: staff accounts, the merchant's portal account and a flagged listing.
    await api('POST', '/v1/auth/login', { username: 'admin', password: adminPassword });
    for (const [username, role] of [
      ['lead-st', 'lead'],
      ['reviewer-st-a', 'reviewer'],
      ['reviewer-st-b', 'reviewer'],
    ] as const) {
      await api('POST', '/v1/users', { username, role, password: staffPassword });
    }
    await api('POST', '/v1/users', {
      username: 'merchant-st',
      role: 'merchant',
      subjectId: 'm-st-1',
      password: staffPassword,
    });
    ({ key: eventsKey } = await api<{ key: string }>('POST', '/v1/api-keys', {
      name: 'staff-shop',
      scopes: ['events:write'],
    }));
    await screenListing(eventsKey, 'l-st-1', 'm-st-1');

    // Reviewer A decides the case; the merchant appeals the decision from its account.
    const reviewerA = await sessionOf('reviewer-st-a');
    listingQueue = (await reviewerA<{ items: { queue: string }[] }>('GET', '/v1/cases?subject=m-st-1')).items[0]!.queue;
    const claimed = await reviewerA<{ case: { id: string } }>('POST', `/v1/queues/${listingQueue}/next`);
    const decision = await reviewerA<{ id: string; status: string }>('POST', `/v1/cases/${claimed.case.id}/decision`, {
      violationType: 'diversion',
      facts: '标题引导买家加微信私下交易',
      language: 'zh-CN',
    });
    expect(decision.status).toBe('in_effect');
    appeal = await (await sessionOf('merchant-st'))<Appeal>('POST', `/v1/decisions/${decision.id}/appeals`, {
      text: '标题中的微信是品牌官方客服号，并非引导私下交易。',
      attachments: [{ name: '品牌授权书.pdf', url: 'https://files.example/licence.pdf', size: 2048 }],
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('lets a lead grant a trusted flagger, lists it with its counts, and revoke it after confirming', async () => {
    await h.loginAs('lead-st', staffPassword);
    await page.getByTestId('nav-governance-trusted-flaggers').click();
    await page.waitForURL('**/governance-trusted-flaggers');

    await page.getByTestId('flagger-grant').click();
    await page.getByTestId('flagger-form-reporter-id').fill('rep-consumer-assoc');
    await page.getByTestId('flagger-form-name').fill('消费者协会');
    await page.getByTestId('flagger-form-note').fill('主管机构认定文件 2026-17');
    await page.getByTestId('flagger-grant-submit').click();

    const row = page.locator('[data-testid="flaggers-table"] tr[data-row-key="rep-consumer-assoc"]');
    await row.waitFor({ state: 'visible' });
    expect(await row.getByTestId('flagger-name').textContent()).toBe('消费者协会');
    expect(await row.getByTestId('flagger-status').getAttribute('data-active')).toBe('true');
    expect(await row.getByTestId('flagger-reports').textContent()).toMatch(/0\D+0\D+0/);

    await row.getByTestId('flagger-revoke').click();
    await page.getByTestId('flagger-revoke-confirm').click();
    // The page lists active flaggers by default: the revoked one leaves the list...
    await row.waitFor({ state: 'detached' });
    // ...and shows as revoked among all of them.
    await page
      .getByTestId('flaggers-filter')
      .getByText(/All|全部/)
      .click();
    await row.getByTestId('flagger-status').and(page.locator('[data-active="false"]')).waitFor({ state: 'visible' });

    const all = await api<{ items: { reporterId: string; active: boolean; revokedBy: string | null }[] }>(
      'GET',
      '/v1/trusted-flaggers',
    );
    expect(all.items).toEqual([expect.objectContaining({ reporterId: 'rep-consumer-assoc', active: false })]);
    expect(all.items[0]!.revokedBy).toMatch(/^user:/);
  });

  it('does not offer granting or revoking to a reviewer', async () => {
    await h.loginAs('reviewer-st-a', staffPassword);
    await page.goto(`${server.baseUrl}/governance-trusted-flaggers`);
    await page.getByTestId('flaggers-table').waitFor({ state: 'visible' });
    expect(await page.getByTestId('flagger-grant').count()).toBe(0);
  });

  it('does not offer the decision form to the reviewer who took the appealed decision', async () => {
    await page.goto(`${server.baseUrl}/governance-appeals/${appeal.id}`);
    await page.getByTestId('appeal-own-decision').waitFor({ state: 'visible' });
    expect(await page.getByTestId('appeal-decision-form').count()).toBe(0);
  });

  it('lets another reviewer take the next appeal, read it with the original decision, and reverse it', async () => {
    await h.loginAs('reviewer-st-b', staffPassword);
    await page.getByTestId('nav-governance-appeals').click();
    await page.waitForURL('**/governance-appeals');
    const listed = page.locator(`[data-testid="appeals-table"] tr[data-row-key="${appeal.id}"]`);
    await listed.waitFor({ state: 'visible' });
    expect(await listed.getByTestId('appeal-status').getAttribute('data-status')).toBe('open');
    // Filed just now with 72 hours to go.
    expect(await listed.getByTestId('case-sla').getAttribute('data-sla')).toBe('ok');

    await page.getByTestId('appeals-next').click();
    await page.waitForURL(`**/governance-appeals/${appeal.id}`);
    expect(await page.getByTestId('appeal-text').textContent()).toContain('品牌官方客服号');
    const attachment = page.getByTestId('appeal-attachment').getByRole('link', { name: '品牌授权书.pdf' });
    expect(await attachment.getAttribute('href')).toBe('https://files.example/licence.pdf');
    const original = page.getByTestId('appeal-original-decision');
    expect(await original.getByTestId('original-violation').textContent()).toContain('diversion');
    expect(await original.getByTestId('original-status').getAttribute('data-status')).toBe('in_effect');
    expect(await original.getByTestId('original-statement').textContent()).toContain('标题引导买家加微信私下交易');
    await original.locator('[data-testid="sanction"][data-action="remove_listing"]').waitFor({ state: 'visible' });

    await page.getByTestId('appeal-outcome-reversed').click();
    await page.getByTestId('appeal-reasoning').fill('授权书证明该微信号为品牌官方客服');
    await page.getByTestId('appeal-decision-submit').click();
    await page.getByTestId('appeal-decision-confirm').click();

    const result = page.getByTestId('appeal-outcome-result');
    await result.waitFor({ state: 'visible' });
    expect(await result.getByTestId('appeal-status').getAttribute('data-status')).toBe('reversed');
    expect(await result.getByTestId('appeal-reply').textContent()).toContain('授权书证明该微信号为品牌官方客服');
    expect(await page.getByTestId('appeal-decision-form').count()).toBe(0);
    // The original decision on the page follows: reversed, with the appeal in its statement.
    await original.locator('[data-testid="original-status"][data-status="reversed"]').waitFor({ state: 'visible' });

    // The server agrees.
    const stored = await api<Appeal>('GET', `/v1/appeals/${appeal.id}`);
    expect(stored.status).toBe('reversed');
    const decision = await api<{ status: string }>('GET', `/v1/decisions/${appeal.decisionId}`);
    expect(decision.status).toBe('reversed');
    const c = await api<{ state: string }>('GET', `/v1/cases/${appeal.caseId}`);
    expect(c.state).toBe('closed');
  });

  it("words the server's refusal when the appeal was decided meanwhile", async () => {
    // A second decision by reviewer A, appealed by the merchant, still unclaimed.
    const reviewerA = await sessionOf('reviewer-st-a');
    await screenListing(eventsKey, 'l-st-2', 'm-st-1', 2);
    const claimed = await reviewerA<{ case: { id: string } }>('POST', `/v1/queues/${listingQueue}/next`);
    const decision = await reviewerA<{ id: string }>('POST', `/v1/cases/${claimed.case.id}/decision`, {
      violationType: 'diversion',
      facts: '第二件商品标题同样引导私下交易',
      language: 'zh-CN',
    });
    const merchant = await sessionOf('merchant-st');
    const second = await merchant<Appeal>('POST', `/v1/decisions/${decision.id}/appeals`, {
      text: '同上，官方客服号。',
    });

    // Reviewer B opens it and starts to answer; meanwhile the lead upholds it.
    await page.goto(`${server.baseUrl}/governance-appeals/${second.id}`);
    await page.getByTestId('appeal-decision-form').waitFor({ state: 'visible' });
    await page.getByTestId('appeal-outcome-upheld').click();
    await page.getByTestId('appeal-reasoning').fill('维持');
    const lead = await sessionOf('lead-st');
    await lead('POST', `/v1/appeals/${second.id}/decision`, { outcome: 'upheld', reasoning: '组长已处理' });

    await page.getByTestId('appeal-decision-submit').click();
    await page.getByTestId('appeal-decision-confirm').click();
    const refusal = page.getByTestId('appeal-decision-error');
    await refusal.waitFor({ state: 'visible' });
    expect(await refusal.getAttribute('data-code')).toBe('governance.appeal_not_open');
    // In words (the console starts in Chinese), not the bare code.
    expect(await refusal.locator('.ant-alert-title').textContent()).toBe('该申诉已处理过，请刷新页面查看结果。');
  });

  it('replaces a decision on appeal with a milder one', async () => {
    const reviewerA = await sessionOf('reviewer-st-a');
    await screenListing(eventsKey, 'l-st-3', 'm-st-1', 3);
    const claimed = await reviewerA<{ case: { id: string } }>('POST', `/v1/queues/${listingQueue}/next`);
    const decision = await reviewerA<{ id: string }>('POST', `/v1/cases/${claimed.case.id}/decision`, {
      violationType: 'diversion',
      facts: '第三件商品标题引导私下交易',
      language: 'zh-CN',
    });
    const merchant = await sessionOf('merchant-st');
    const third = await merchant<Appeal>('POST', `/v1/decisions/${decision.id}/appeals`, {
      text: '只是标题堆砌关键词。',
    });

    await page.goto(`${server.baseUrl}/governance-appeals/${third.id}`);
    await page.getByTestId('appeal-outcome-modified').click();
    await page.getByTestId('appeal-reasoning').fill('属于关键词堆砌，不是引导私下交易');
    await page.getByTestId('appeal-new-violation').click();
    await page.keyboard.type('spam_seo');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'spam_seo' })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    // The catalogue's default for spam_seo comes ticked, as on a case.
    const demote = page
      .locator(
        'input[data-testid="appeal-new-action-demote_listing"], [data-testid="appeal-new-action-demote_listing"] input',
      )
      .first();
    await demote.waitFor({ state: 'attached' });
    expect(await demote.isChecked()).toBe(true);
    await page.getByTestId('appeal-new-facts').fill('标题堆砌无关关键词');
    await page.getByTestId('appeal-decision-submit').click();
    await page.getByTestId('appeal-decision-confirm').click();

    const result = page.getByTestId('appeal-outcome-result');
    await result
      .getByTestId('appeal-status')
      .and(page.locator('[data-status="modified"]'))
      .waitFor({ state: 'visible' });
    await result.locator('[data-testid="appeal-new-decision-status"][data-status="in_effect"]').waitFor();

    const stored = await api<Appeal & { decision: { newDecisionId: string } }>('GET', `/v1/appeals/${third.id}`);
    const replacement = await api<{ violationType: string; actions: { type: string }[] }>(
      'GET',
      `/v1/decisions/${stored.decision.newDecisionId}`,
    );
    expect(replacement.violationType).toBe('spam_seo');
    expect(replacement.actions.map((a) => a.type)).toEqual(['demote_listing']);
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
