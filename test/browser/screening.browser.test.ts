import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium } from './chromium';
import { repoRoot, startXinrenServer, type XinrenServer } from './xinren-server';

const adminPassword = 'browser-screening-Pa55word';

interface Finding {
  category: string;
  start: number;
  end: number;
  text: string;
}

describe('screening console', () => {
  let server: XinrenServer;
  let chromium: Chromium;
  let page: Page;
  const pageErrors: string[] = [];

  /** A JSON call with the browser's session cookie, failing loudly with the server's answer. */
  const api = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const response =
      method === 'GET'
        ? await page.request.get(`${server.baseUrl}${path}`)
        : await page.request.post(`${server.baseUrl}${path}`, { data: body ?? {} });
    const text = await response.text();
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  const login = async (username: string, password: string) => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL('**/overview');
  };

  /** Chooses an option of a searchable antd Select by typing its label, which no dropdown animation can race. */
  const pick = async (selectTestId: string, optionText: string) => {
    await page.getByTestId(selectTestId).click();
    await page.keyboard.type(optionText);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
  };

  /** Saves the entry form and waits for the modal to close; if it stays open, says what it shows. */
  const saveEntry = async () => {
    await page.getByTestId('entry-save').click();
    try {
      await page.getByTestId('entry-term').waitFor({ state: 'detached' });
    } catch {
      throw new Error(`the entry form stayed open: ${await page.locator('.ant-modal:visible').textContent()}`);
    }
  };

  /** Types into an antd search box (the test id may sit on the input or on its wrapper) and submits. */
  const search = async (testId: string, value: string) => {
    const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
    await input.fill(value);
    await input.press('Enter');
  };

  /** Waits until the entries panel shows this version of the open lexicon. */
  const showsVersion = async (version: number) => {
    const label = page.getByTestId('lexicon-current-version');
    await expect
      .poll(async () => ((await label.count()) > 0 ? await label.textContent() : ''), { timeout: 15_000 })
      .toMatch(new RegExp(`^v${version} `));
  };

  /** Closes the open drawer with its close button and waits until it is gone. */
  const closeDrawer = async (testId: string) => {
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    await page.getByTestId(testId).waitFor({ state: 'hidden' });
  };

  beforeAll(async () => {
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'ensure-console.mjs')], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    server = await startXinrenServer(adminPassword);
    chromium = await launchChromium();
    page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await login('admin', adminPassword);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it('highlights each finding of a screened text in place, with its category on hover', async () => {
    const text = '加微信领取优惠';
    await page.getByTestId('nav-screening-try').click();
    await page.waitForURL('**/screening-try');
    await page.getByTestId('try-text').fill(text);
    await page.getByTestId('try-submit').click();

    const marks = page.getByTestId('finding-highlight');
    await marks.first().waitFor({ state: 'visible' });
    const outcome = await page.getByTestId('try-outcome').getAttribute('data-outcome');

    // The marked characters are exactly those the server's findings cover, at their UTF-16 offsets.
    const answer = await api<{ outcome: string; findings: Finding[] }>('POST', '/v1/screen', { kind: 'listing', text });
    expect(answer.findings.length).toBeGreaterThan(0);
    expect(outcome).toBe(answer.outcome);
    const covered = [...text].filter((_, i) => answer.findings.some((f) => f.start <= i && i < f.end)).join('');
    expect(covered).toContain('微信');
    expect((await marks.allTextContents()).join('')).toBe(covered);

    await marks.first().hover();
    const tooltip = page.getByTestId('finding-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.textContent()).toContain('站外引流');
    expect(await page.getByTestId('findings-table').textContent()).toContain('加微信');
  });

  it('lists the verdict of a screened listing and opens its findings', async () => {
    const apiKey = await api<{ key: string }>('POST', '/v1/api-keys', {
      name: 'screening-shop',
      scopes: ['events:write'],
    });
    const response = await fetch(`${server.baseUrl}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey.key}` },
      body: JSON.stringify([
        {
          specversion: '1.0',
          id: 'evt-screen-1',
          source: 'test://shop',
          type: 'listing.upserted',
          time: new Date().toISOString(),
          data: {
            listingId: 'l-screen-1',
            merchantId: 'm-screen-1',
            title: '加微信领取优惠',
            category: '服饰',
            price: { amount: 9900, currency: 'CNY' },
          },
        },
      ]),
    });
    expect(response.status).toBeLessThan(300);

    // The worker screens the listing in the background.
    const deadline = Date.now() + 30_000;
    let found = false;
    while (!found && Date.now() < deadline) {
      const page1 = await api<{ items: unknown[] }>('GET', '/v1/screening/verdicts?subject=m-screen-1');
      found = page1.items.length > 0;
      if (!found) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(found).toBe(true);

    await page.getByTestId('nav-screening-verdicts').click();
    await page.waitForURL('**/screening-verdicts');
    await search('verdicts-subject-filter', 'm-screen-1');
    const table = page.getByTestId('verdicts-table');
    await table.getByText('l-screen-1').first().waitFor({ state: 'visible' });
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(1);

    await table.getByTestId('verdict-open').first().click();
    const drawer = page.getByTestId('verdict-drawer');
    await drawer.getByTestId('verdict-findings').waitFor({ state: 'visible' });
    expect(await drawer.getByTestId('verdict-findings').textContent()).toContain('微信');
    await closeDrawer('verdict-drawer');
  });

  it('adds a lexicon entry as a new version, and shows it in the history and the diff', async () => {
    const lexicons = await api<{ items: { name: string; kind: string; version: number }[] }>(
      'GET',
      '/v1/screening/lexicons',
    );
    const lexicon = lexicons.items.find((l) => l.kind === 'terms');
    expect(lexicon).toBeDefined();
    const { name, version } = lexicon!;

    await page.getByTestId('nav-screening-lexicons').click();
    await page.getByTestId(`lexicon-${name}`).click();
    await showsVersion(version);

    await page.getByTestId('entry-add').click();
    await page.getByTestId('entry-term').fill('浏览器测试词');
    await pick('entry-category', '站外引流');
    await page.getByTestId('entry-edit-note').fill('added by the browser test');
    await saveEntry();
    await showsVersion(version + 1);

    await search('lexicon-search', '浏览器测试词');
    await page.getByTestId('lexicon-entries-table').getByText('浏览器测试词').waitFor({ state: 'visible' });

    await page.getByTestId('lexicon-tab-versions').click();
    const versions = page.getByTestId('lexicon-versions-table');
    const newest = versions.locator('tbody tr.ant-table-row').first();
    await newest.getByText('added by the browser test').waitFor({ state: 'visible' });
    expect(await newest.textContent()).toContain(`v${version + 1}`);

    await page.getByTestId(`compare-v${version + 1}`).click();
    await page.getByTestId('diff-added').getByText('浏览器测试词').waitFor({ state: 'visible' });

    const history = await api<{ items: { version: number; createdBy: string; added: number }[] }>(
      'GET',
      `/v1/screening/lexicons/${name}/versions`,
    );
    expect(history.items[0]).toMatchObject({ version: version + 1, added: 1 });

    // Editing starts from the entry as stored and changes it in place, as one more version.
    await page.getByTestId('lexicon-tab-entries').click();
    await search('lexicon-search', '浏览器测试词');
    await page.getByTestId('lexicon-entries-table').getByTestId('entry-edit').first().click();
    expect(await page.getByTestId('entry-term').inputValue()).toBe('浏览器测试词');
    await page.locator('input[data-testid="entry-severity"], [data-testid="entry-severity"] input').first().fill('4');
    await saveEntry();
    await showsVersion(version + 2);
    const stored = await api<{ entries: { term: string; category: string; severity: number }[] }>(
      'GET',
      `/v1/screening/lexicons/${name}?q=浏览器测试词`,
    );
    expect(stored.entries).toEqual([
      expect.objectContaining({ term: '浏览器测试词', category: 'diversion', severity: 4 }),
    ]);
  });

  it('tells the editor when someone else saved the lexicon first, and reloads on request', async () => {
    const lexicon = (
      await api<{ items: { name: string; kind: string; version: number }[] }>('GET', '/v1/screening/lexicons')
    ).items.find((l) => l.kind === 'terms')!;
    await page.getByText(/返回词库列表/).click();
    await page.getByTestId(`lexicon-${lexicon.name}`).click();
    await showsVersion(lexicon.version);

    await page.getByTestId('entry-add').click();
    await page.getByTestId('entry-term').fill('并发冲突词');
    await pick('entry-category', '站外引流');
    // Another editor saves in the meantime.
    await api('POST', `/v1/screening/lexicons/${lexicon.name}/edits`, {
      baseVersion: lexicon.version,
      upsert: [{ term: '另一位编辑的词', category: 'diversion', severity: 3, kinds: [] }],
    });
    await page.getByTestId('entry-save').click();
    const conflict = page.getByTestId('lexicon-conflict');
    await conflict.waitFor({ state: 'visible' });
    expect(await conflict.textContent()).toContain('其他人刚刚修改了这个词库');

    await page.getByTestId('lexicon-reload').click();
    await showsVersion(lexicon.version + 1);
    const entries = await api<{ total: number }>('GET', `/v1/screening/lexicons/${lexicon.name}?q=并发冲突词`);
    expect(entries.total).toBe(0);
  });

  it('imports pasted entries as a new version, and points at the line of a file it cannot read', async () => {
    const lexicon = (
      await api<{ items: { name: string; kind: string; version: number }[] }>('GET', '/v1/screening/lexicons')
    ).items.find((l) => l.kind === 'terms')!;
    // The editor is still open on this lexicon from the conflict above.
    await showsVersion(lexicon.version);

    await page.getByTestId('lexicon-import').click();
    await page.getByTestId('import-content').fill('# category=diversion; severity=9\n坏的严重程度');
    await page.getByTestId('import-submit').click();
    const refused = page.getByTestId('lexicon-edit-error');
    await refused.waitFor({ state: 'visible' });
    expect(await refused.textContent()).toContain('screening.lexicon_format');
    expect(await refused.textContent()).toContain('line 1');

    await page.getByTestId('import-content').fill('# category=diversion; severity=3\n导入测试词一\n导入测试词二');
    await page.getByTestId('import-submit').click();
    await showsVersion(lexicon.version + 1);
    const imported = await api<{ total: number }>('GET', `/v1/screening/lexicons/${lexicon.name}?q=导入测试词`);
    expect(imported.total).toBe(2);
  });

  it('creates a policy draft from the active YAML, shows a refused document, and runs the draft in shadow', async () => {
    const before = await api<{ items: { version: number; status: string }[] }>('GET', '/v1/screening/policies');
    expect(before.items.some((p) => p.status === 'active')).toBe(true);

    await page.getByTestId('nav-screening-policies').click();
    await page.getByTestId('policies-table').getByText('生效中').waitFor({ state: 'visible' });

    await page.getByTestId('policy-new-draft').click();
    const source = page.getByTestId('policy-draft-source');
    await expect.poll(async () => (await source.inputValue()).length, { timeout: 15_000 }).toBeGreaterThan(0);
    const activeYaml = await source.inputValue();

    await source.fill('rules: [');
    await page.getByTestId('policy-draft-create').click();
    const refused = page.getByTestId('policy-draft-error');
    await refused.waitFor({ state: 'visible' });
    expect(await refused.textContent()).toContain('screening.invalid_policy');

    await source.fill(activeYaml);
    await page.getByTestId('policy-draft-note').fill('browser draft');
    await page.getByTestId('policy-draft-create').click();
    await page.getByTestId('policy-drawer').getByTestId('policy-source').waitFor({ state: 'visible' });
    await closeDrawer('policy-drawer');

    const after = await api<{ items: { version: number; status: string; note: string | null }[] }>(
      'GET',
      '/v1/screening/policies',
    );
    const draft = after.items.find((p) => p.note === 'browser draft');
    expect(draft?.status).toBe('draft');

    await page.getByTestId(`policy-${draft!.version}-to-shadow`).click();
    await page.getByTestId('policy-status-confirm').click();
    // A shadow version can still be activated or retired, but no longer shadowed.
    await page.getByTestId(`policy-${draft!.version}-to-shadow`).waitFor({ state: 'detached' });
    await page.getByTestId(`policy-${draft!.version}-to-active`).waitFor({ state: 'visible' });
    await page.getByTestId('disagreement-pairs').waitFor({ state: 'visible' });
    const shadow = await api<{ items: { version: number; status: string }[] }>('GET', '/v1/screening/policies');
    expect(shadow.items.find((p) => p.version === draft!.version)?.status).toBe('shadow');
  });

  it('lets a reviewer read lexicons and policies but offers no edits', async () => {
    const reviewer = await api<{ password: string }>('POST', '/v1/users', {
      username: 'screening-reviewer',
      role: 'reviewer',
    });
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    await login('screening-reviewer', reviewer.password);

    for (const key of ['screening-try', 'screening-verdicts', 'screening-lexicons', 'screening-policies'])
      await page.getByTestId(`nav-${key}`).waitFor({ state: 'visible' });
    expect(await page.getByTestId('nav-screening').count()).toBe(0);

    await page.getByTestId('nav-screening-lexicons').click();
    await page.getByTestId('lexicons-table').locator('tbody tr.ant-table-row').first().locator('a').first().click();
    await page.getByTestId('lexicon-entries-table').waitFor({ state: 'visible' });
    await page.getByTestId('lexicon-current-version').waitFor({ state: 'visible' });
    expect(await page.getByTestId('entry-add').count()).toBe(0);
    expect(await page.getByTestId('lexicon-import').count()).toBe(0);

    await page.getByTestId('nav-screening-policies').click();
    await page.getByTestId('policies-table').getByText('生效中').waitFor({ state: 'visible' });
    expect(await page.getByTestId('policy-new-draft').count()).toBe(0);
    expect(await page.locator('[data-testid$="-to-active"]').count()).toBe(0);
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
