/**
 * Schools in real Chromium with a real managed policy (a policy file bind-mounted over /etc/chromium inside a private
 * mount namespace; the real /etc is never touched): the policy's categories and sites are enforced and read-only on
 * every screen, a key of the wrong type costs only that key and the admin page says so, the daily report reaches the
 * school's endpoint with counts only, and school mode with no parent has no PIN and says "ask your teacher".
 */
import type { Page, Worker } from '@playwright/test';
import { dayOfMs } from '../../lib/events/days';
import { schoolReportSchema, type SchoolReport } from '../../lib/school/report';
import { expect, test } from './fixtures';
import { getState, send, unlockWithNewPin, visit } from './messages';
import { flushEvents, setClockOffset } from './testHooks';

const DAY_MS = 86_400_000;

/** Moves a dashboard page to another section (hash route). */
async function route(page: Page, name: string) {
  await page.goto(`${page.url().split('#')[0]}#/${name}`);
}

/** Waits until the managed policy has reached the extension (it can arrive a moment after start). */
async function waitForSchool(page: Page, org: string) {
  await expect.poll(async () => (await getState(page)).resolved.managedBy, { timeout: 20_000 }).toBe(org);
}

/** The e2e build's hook: queue ended days and send the school report now (ignoring the retry delay). */
function sendSchoolReport(worker: Worker): Promise<unknown> {
  return worker.evaluate(() =>
    (
      globalThis as unknown as { hifazatTest: { sendSchoolReport(): Promise<unknown> } }
    ).hifazatTest.sendSchoolReport(),
  );
}

test.describe('a school policy with locks', () => {
  const ORG = 'Government Girls High School No. 5';
  test.use({
    managedPolicy: {
      orgName: ORG,
      blockedCategories: ['adult', 'gambling', 'random_chat', 'anonymizers', 'gaming'],
      blockDomains: ['blocked-by-school.example'],
      youtubeRestrict: 'strict',
      locked: [
        'safeSearch',
        'youtubeRestrict',
        'blockedCategories',
        'blockDomains',
        'allowDomains',
        'schedules',
      ],
    },
  });

  test('is enforced, and every screen shows its settings read-only as managed by the school', async ({
    context,
    openExtensionPage,
  }) => {
    const settings = await openExtensionPage('dashboard.html#/settings');
    await waitForSchool(settings, ORG);

    // Enforced: the school's category and the school's site.
    const tab = await context.newPage();
    await visit(tab, 'https://www.roblox.com/games');
    await expect(tab).toHaveURL(/blocked\.html\?r=category&c=gaming#/);
    await visit(tab, 'https://blocked-by-school.example/page');
    await expect(tab).toHaveURL(
      /blocked\.html\?r=school_block&c=custom#https:\/\/blocked-by-school\.example\//,
    );

    // The parent sets a PIN and unlocks in the dashboard itself: what the school left open becomes editable,
    // what it locked stays disabled and says who manages it.
    await settings.reload();
    await settings.getByTestId('pin-new').fill('583920');
    await settings.getByTestId('pin-confirm').fill('583920');
    await settings.getByTestId('pin-form-set').locator('button[type="submit"]').click();
    await expect(settings.getByTestId('unlocked')).toBeVisible();
    await expect(settings.locator('#f-chatSensitivity')).toBeEnabled();
    await expect(settings.locator('#f-retentionDays')).toBeEnabled();
    for (const id of ['#f-safeSearch', '#f-youtubeRestrict', '#f-blockDomains', '#f-allowDomains']) {
      await expect(settings.locator(id), id).toBeDisabled();
    }
    await expect(settings.locator('fieldset[data-field="blockedCategories"]')).toHaveAttribute(
      'disabled',
      '',
    );
    await expect(
      settings.locator('fieldset[data-field="blockedCategories"] input[type="checkbox"]').first(),
    ).toBeDisabled();
    for (const field of ['safeSearch', 'youtubeRestrict', 'blockDomains', 'allowDomains']) {
      await expect(settings.locator(`[data-field="${field}"] [data-testid="locked-badge"]`)).toHaveText(
        `Managed by ${ORG}`,
      );
    }
    await expect(
      settings.locator('fieldset[data-field="blockedCategories"] legend [data-testid="locked-badge"]'),
    ).toHaveText(`Managed by ${ORG}`);

    // Lists and schedules: the schedule editor is disabled and says who manages it.
    await route(settings, 'lists');
    await expect(settings.locator('[data-field="schedules"] fieldset')).toHaveAttribute('disabled', '');
    await expect(settings.locator('[data-field="schedules"] select').first()).toBeDisabled();
    await expect(settings.locator('[data-field="schedules"] [data-testid="locked-badge"]')).toHaveText(
      `Managed by ${ORG}`,
    );

    // Requests: with the allowed sites locked, a request can be declined but not approved, here or by message.
    const asked = await send<{ id: string }>(settings, 'access/request', {
      host: 'www.roblox.com',
      category: 'gaming',
    });
    if (!asked.ok) throw new Error(asked.error.code);
    await route(settings, 'requests');
    await expect(settings.getByTestId('request')).toHaveCount(1);
    await expect(settings.getByTestId('approve-1h')).toBeDisabled();
    await expect(settings.getByTestId('approve-always')).toBeDisabled();
    await expect(settings.getByTestId('decline')).toBeEnabled();
    await expect(settings.locator('[data-testid="locked-badge"]').first()).toHaveText(`Managed by ${ORG}`);
    const token = await send<{ token: string }>(settings, 'pin/unlock', { pin: '583920' });
    if (!token.ok) throw new Error(token.error.code);
    expect(
      await send(settings, 'access/decide', {
        token: token.data.token,
        id: asked.data.id,
        decision: 'approve',
        duration: '1h',
      }),
    ).toEqual({ ok: false, error: { code: 'locked', detail: 'allowDomains' } });
    expect(
      await send(settings, 'settings/update', {
        token: token.data.token,
        patch: { set: { blockDomains: [] } },
      }),
    ).toEqual({ ok: false, error: { code: 'locked', detail: 'blockDomains' } });

    // The block page tells the teen to ask their teacher: no parent can open this site.
    await visit(tab, 'https://www.roblox.com/');
    await expect(tab.getByTestId('ask-teacher')).toContainText('Ask your teacher');

    // The popup links to the admin page.
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByTestId('popup-admin')).toBeVisible();
  });
});

test.describe('a policy with a wrong type and an unknown category', () => {
  const ORG = 'City District Schools';
  test.use({
    managedPolicy: {
      orgName: ORG,
      retentionDays: 'thirty',
      blockedCategories: ['adult', 'not_a_category', 'gambling'],
      blockDomains: ['typo-test.example', 'not a domain'],
      chatSafety: false,
      youtubeRestrict: 'moderate',
    },
  });

  test('keeps every other key, and the admin page names what was dropped and what never arrived', async ({
    context,
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('dashboard.html');
    await waitForSchool(page, ORG);
    const { resolved, lastRepair } = await getState(page);
    // Chrome dropped the key of the wrong type before Hifazat saw it: its default applies.
    expect(resolved.policy.retentionDays).toBe(30);
    expect(resolved.fields.retentionDays.source).toBe('default');
    // Every other key is in force.
    expect(resolved.policy.chatSafety).toBe(false);
    expect(resolved.policy.youtubeRestrict).toBe('moderate');
    expect(resolved.policy.blockDomains).toEqual(['typo-test.example']);
    expect(resolved.policy.blockedCategories).toEqual(expect.arrayContaining(['adult', 'gambling']));
    expect(lastRepair?.school.map((r) => r.field).sort()).toEqual(['blockDomains', 'blockedCategories']);
    const tab = await context.newPage();
    await visit(tab, 'https://typo-test.example/');
    await expect(tab).toHaveURL(/blocked\.html\?r=school_block/);

    // The admin page, reached from the dashboard's navigation.
    await page.getByTestId('nav-admin').click();
    await expect(page.getByTestId('admin-diagnostics')).toBeVisible();
    // Five of the six keys arrived: Chrome dropped retentionDays for its type.
    await expect(page.getByTestId('admin-received-key')).toHaveCount(5);
    await expect(page.locator('[data-testid="admin-received-key"][data-key="retentionDays"]')).toHaveCount(0);
    await expect(page.locator('[data-testid="admin-received-key"][data-key="orgName"]')).toContainText(ORG);

    const categories = page.locator('[data-testid="admin-problem"][data-key="blockedCategories"]');
    await expect(categories).toContainText('"not_a_category"');
    await expect(categories).toContainText('not a Hifazat category');
    const domains = page.locator('[data-testid="admin-problem"][data-key="blockDomains"]');
    await expect(domains).toContainText('"not a domain"');
    await expect(domains).toContainText('not a site name');

    await expect(page.locator('[data-testid="admin-missing-key"][data-key="retentionDays"]')).toContainText(
      'integer',
    );
    await expect(page.getByTestId('admin-missing')).toContainText('chrome://policy');

    await expect(page.getByTestId('check-school_policy')).toHaveAttribute('data-status', 'ok');
    // Loaded unpacked by the test, not installed by policy: detected and flagged.
    await expect(page.getByTestId('check-force_installed')).toHaveAttribute('data-status', 'problem');
    const guest = page.getByTestId('check-guest_mode');
    await expect(guest).toHaveAttribute('data-status', 'undetectable');
    await expect(guest).toContainText('cannot be detected from inside the browser');
    await expect(guest).toContainText('BrowserGuestModeEnabled');
    await expect(page.getByTestId('check-developer_mode')).toContainText('ExtensionDeveloperModeSettings');
    await expect(page.getByTestId('admin-reporting')).toContainText('Off');
  });
});

test.describe('school reports', () => {
  const ORG = 'Lahore Model Campus';
  const REPORT_HOST = 'reports.lahore-schools.example';
  const PIN = '482916';
  test.use({
    managedPolicy: {
      orgName: ORG,
      blockDomains: ['blocked-for-report.example'],
      reporting: { enabled: true, endpoint: `https://${REPORT_HOST}/hifazat/daily` },
    },
  });

  test('the endpoint receives a well-formed daily aggregate with nothing identifying in it', async ({
    context,
    serviceWorker,
    openExtensionPage,
    setManagedPolicy,
    echo,
  }) => {
    // The school's endpoint is down at first, then answers.
    let endpointUp = false;
    echo.respond((req) =>
      req.host !== REPORT_HOST || req.method !== 'POST'
        ? null
        : endpointUp
          ? { status: 200, type: 'application/json', body: '{"ok":true}' }
          : { status: 503, type: 'text/plain', body: 'down for maintenance' },
    );
    const page = await openExtensionPage('dashboard.html');
    await waitForSchool(page, ORG);
    await unlockWithNewPin(page, PIN);

    // A day of browsing: a school block, a category block, a safe search, an access request with a reason, and a
    // "this looks wrong" report.
    const tab = await context.newPage();
    await visit(tab, 'https://blocked-for-report.example/secret-path?name=Ayesha');
    await expect(tab.getByTestId('blocked-title')).toBeVisible();
    await visit(tab, 'https://www.google.com/search?q=ayesha+homework');
    await expect(tab.locator('#echo-host')).toHaveText('www.google.com');
    await visit(tab, 'https://www.bet365.com/casino');
    await expect(tab).toHaveURL(/blocked\.html\?r=category&c=gambling/);
    await tab.locator('#reason').fill('I need it for my science project, Ayesha');
    await tab.getByTestId('ask-access').click();
    await expect(tab.getByTestId('request-sent')).toBeVisible();
    await tab.getByTestId('looks-wrong').click();
    await expect(tab.getByText('Thank you.')).toBeVisible();
    await flushEvents(serviceWorker);
    expect(echo.requestsTo(REPORT_HOST)).toHaveLength(0); // nothing is sent before the day has ended

    // The next day: the report for today goes out.
    const today = dayOfMs(Date.now());
    await setClockOffset(serviceWorker, DAY_MS);
    await sendSchoolReport(serviceWorker);
    const failed = await echo.waitForRequest(REPORT_HOST, '/hifazat/daily', 15_000);
    // The failure is shown to the admin and the report stays queued for a retry.
    await route(page, 'admin');
    await expect(page.getByTestId('admin-reporting-error')).toContainText('http_503');
    await expect(page.getByTestId('admin-reporting')).toContainText('Waiting to be sent: 1');
    endpointUp = true;
    await sendSchoolReport(serviceWorker);
    await expect.poll(() => echo.requestsTo(REPORT_HOST).length).toBe(2);
    const request = echo.requestsTo(REPORT_HOST)[1]!;
    expect(request.body).toBe(failed.body);

    expect(request.method).toBe('POST');
    expect(request.scheme).toBe('https');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers.referer).toBeUndefined();
    const report: SchoolReport = schoolReportSchema.parse(JSON.parse(request.body));
    expect(report.version).toBe(1);
    expect(report.day).toBe(today);
    expect(report.device).toMatch(/^[0-9a-f]{32}$/);
    expect(report.byCategory.block).toMatchObject({ custom: 1, gambling: 1 });
    expect(report.byCategory.safe_search?.google).toBeGreaterThanOrEqual(1);
    expect(report.byCategory.access_request).toEqual({ gambling: 1 });
    expect(report.wrongCategoryReports).toEqual({ gambling: 1 });
    expect(report.totals.block).toBe(2);

    // Nothing identifying: no visited host, path or query, no search words, no typed text, no PIN, no names.
    const body = request.body.toLowerCase();
    for (const forbidden of [
      'blocked-for-report',
      'example',
      'bet365',
      'google.com',
      'www.',
      'http',
      'secret-path',
      'ayesha',
      'homework',
      'science',
      'project',
      PIN,
      ORG.toLowerCase(),
      'lahore',
    ]) {
      expect(body, forbidden).not.toContain(forbidden);
    }

    // The teen sees exactly what the school received.
    await route(page, 'teen');
    const last = page.getByTestId('school-report-last');
    await expect(last).toHaveAttribute('data-day', today);
    await last.locator('summary').click();
    expect(JSON.parse((await last.locator('pre').textContent()) ?? '')).toEqual(JSON.parse(request.body));

    // And the admin page says the report was accepted.
    await route(page, 'admin');
    await expect(page.getByTestId('admin-reporting-last')).toContainText('Last report accepted');
    await expect(page.getByTestId('admin-reporting')).toContainText('Waiting to be sent: 0');

    // The school turns reporting off while the browser runs: within seconds nothing is sent any more.
    setManagedPolicy({ orgName: ORG, blockDomains: ['blocked-for-report.example'] });
    await expect.poll(async () => (await getState(page)).resolved.reporting, { timeout: 30_000 }).toBeNull();
    await page.reload();
    await expect(page.getByTestId('admin-reporting')).toContainText('Off');
  });
});

test.describe('school mode with no parent', () => {
  const ORG = 'Model Girls School';
  test.use({
    managedPolicy: {
      orgName: ORG,
      noParent: true,
      blockedCategories: ['gaming'],
      reporting: { enabled: true, endpoint: 'https://reports.model-school.example/in' },
    },
  });

  test('has no PIN screens, says "ask your teacher", keeps only counts, and shows the teen what the school gets', async ({
    context,
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('dashboard.html#/settings');
    await waitForSchool(page, ORG);
    expect((await getState(page)).resolved.noParent).toBe(true);

    // No PIN anywhere: not on settings, not in the navigation, not in the popup; the background refuses one too.
    await page.reload();
    await expect(page.getByTestId('no-parent-notice')).toContainText('ask your teacher');
    await expect(page.getByTestId('no-parent-notice')).toContainText(ORG);
    await expect(page.getByTestId('pin-new')).toHaveCount(0);
    await expect(page.getByTestId('pin-unlock')).toHaveCount(0);
    await expect(page.getByTestId('nav-pin')).toHaveCount(0);
    await expect(page.getByTestId('nav-teen')).toHaveText('What my school sees');
    await expect(page.locator('#f-chatSensitivity')).toBeDisabled();
    expect(await send(page, 'pin/set', { pin: '731902' })).toEqual({
      ok: false,
      error: { code: 'locked', detail: 'no_parent' },
    });
    await route(page, 'overview');
    await expect(page.getByTestId('setup-banner')).toHaveCount(0);
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByTestId('pause-open')).toHaveCount(0);
    await expect(popup.getByTestId('popup-admin')).toBeVisible();

    // The block page: ask your teacher; the buttons count, and nothing about the site is kept.
    const tab = await context.newPage();
    await visit(tab, 'https://www.roblox.com/');
    await expect(tab).toHaveURL(/blocked\.html\?r=category&c=gaming/);
    await expect(tab.getByTestId('ask-teacher')).toContainText('Ask your teacher');
    await expect(tab.locator('#reason')).toHaveCount(0);
    await tab.getByTestId('ask-access').click();
    await expect(tab.getByTestId('request-counted')).toContainText('not which page');
    await tab.getByTestId('looks-wrong').click();
    await expect(tab.getByTestId('report-counted')).toBeVisible();
    expect(await send(page, 'access/list', {})).toEqual({ ok: true, data: { requests: [], reports: [] } });

    // The teen view is "What my school sees", with exactly what the school will receive.
    await route(page, 'teen');
    await expect(page.locator('#teen-title')).toHaveText('What my school sees');
    const today = page.getByTestId('school-report-today');
    await expect(today).toContainText('Access requests: 1');
    await today.locator('summary').click();
    const preview = JSON.parse((await today.locator('pre').textContent()) ?? '') as SchoolReport;
    expect(preview.byCategory.access_request).toEqual({ gaming: 1 });
    expect(preview.wrongCategoryReports).toEqual({ gaming: 1 });
    expect(JSON.stringify(preview)).not.toContain('roblox');
  });
});
