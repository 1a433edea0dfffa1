/**
 * The parent dashboard in real Chromium: onboarding on first install, the PIN screens and their rate limit, the
 * summary after real blocked visits, enforced searches and a chat prompt (the same in the teen view), time online,
 * export files with the same numbers, deleting history, the popup's pause, and screenshots in English and Urdu.
 */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import type { AppState } from '../../lib/appState';
import { RECOMMENDED_LISTS } from '../../lib/lists/recommendedLists';
import { expect, inWorker, test } from './fixtures';
import { getState, send, unlockWithNewPin, updateSettings, visit } from './messages';
import { flushEvents, logEvent, setClockOffset, timeOnlineFlush, timeOnlineTick } from './testHooks';

const PIN = '482916';

/** Navigates an open dashboard to a section (the unlock token stays in the page's memory). */
async function section(page: Page, route: string) {
  await page.evaluate((r) => {
    location.hash = `#/${r}`;
  }, route);
}

/** Every number the summary shows, by test id and category: what parent and teen must both see. */
async function summaryNumbers(page: Page): Promise<Record<string, string>> {
  await expect(page.getByTestId('summary')).toHaveAttribute('data-loaded', 'true');
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="summary"] [data-value]')) {
      const where = el.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
      const key = [
        where,
        el.dataset.category ?? el.dataset.day ?? el.closest('tr')?.dataset.figure ?? '',
      ].join(':');
      out[key] = el.dataset.value ?? '';
    }
    return out;
  });
}

async function unlockInDashboard(page: Page, pin = PIN) {
  await section(page, 'pin');
  await page.getByTestId('pin-unlock').fill(pin);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('unlocked')).toBeVisible();
}

/** Events on past days, through the e2e hooks (the clock is moved back and restored). */
async function seedHistory(worker: Worker) {
  await worker.evaluate(async () => {
    type Hooks = {
      setClockOffset(ms: number): Promise<void>;
      logEvent(kind: string, category: string, detail: Record<string, unknown>): boolean;
      flushEvents(): Promise<unknown>;
    };
    const hooks = (globalThis as unknown as { hifazatTest: Hooks }).hifazatTest;
    const day = 86_400_000;
    for (let ago = 13; ago >= 0; ago--) {
      await hooks.setClockOffset(-ago * day);
      for (let i = 0; i < (ago % 4) + 1; i++) hooks.logEvent('block', 'gambling', { reason: 'category' });
      if (ago % 3 === 0) hooks.logEvent('block', 'adult', { reason: 'category' });
      for (let i = 0; i < 3 + (ago % 5); i++) hooks.logEvent('safe_search', ago % 2 ? 'google' : 'bing', {});
      hooks.logEvent('time_online', 'uncategorized', { minutes: 20 + ago * 3 });
      hooks.logEvent('time_online', 'social_media', { minutes: 15 + (ago % 4) * 10 });
      hooks.logEvent('time_online', 'gaming', { minutes: 10 + (ago % 3) * 12 });
      if (ago % 5 === 1) {
        hooks.logEvent('chat_prompt', 'secrecy', { site: 'whatsapp', level: 'elevated', choice: 'help' });
        hooks.logEvent('chat_prompt', 'meeting', {
          site: 'instagram',
          level: 'high',
          choice: 'block_report',
        });
      }
    }
    await hooks.setClockOffset(0);
    await hooks.flushEvents();
  });
}

test.describe('onboarding', () => {
  test.use({ keepOnboardingTab: true });

  test('first install opens the welcome tab once; it sets the language, age band, PIN and list downloads', async ({
    context,
    relaunch,
  }) => {
    await expect
      .poll(() => context.pages().some((p) => p.url().endsWith('dashboard.html#/welcome')))
      .toBe(true);
    const page = context.pages().find((p) => p.url().endsWith('dashboard.html#/welcome'))!;
    await expect(page.getByTestId('onboarding')).toHaveAttribute('data-ready', 'true');
    const before = await getState(page);
    expect(before.pin.set).toBe(false);
    expect(before.resolved.policy.listSubscriptions).toEqual([]);

    // Language: Urdu turns the page right to left at once; back to English for the rest.
    await page.getByTestId('onboarding-lang-ur').click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('حفاظت میں خوش آمدید');
    await page.getByTestId('onboarding-lang-en').click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.getByTestId('onboarding-next').click();

    await page.getByTestId('onboarding-age-10-12').check();
    await page.getByTestId('onboarding-next').click();

    await expect(page.getByTestId('onboarding-next')).toBeDisabled();
    await page.getByTestId('pin-new').fill(PIN);
    await page.getByTestId('pin-confirm').fill(PIN);
    await page.getByRole('button', { name: 'Set PIN' }).click();
    await expect(page.getByTestId('unlocked')).toBeVisible();
    await page.getByTestId('onboarding-next').click();

    await expect(page.getByTestId('onboarding-review')).toBeVisible();
    await expect(page.getByTestId('review-categories')).toContainText('Social media');
    await page.getByTestId('onboarding-next').click();

    await expect(page.getByTestId('onboarding-lists')).not.toBeChecked();
    await page.getByTestId('onboarding-lists').check();
    await page.getByTestId('onboarding-next').click();
    await expect(page.getByRole('heading', { name: 'What Hifazat sees and what it keeps' })).toBeVisible();
    await page.getByTestId('onboarding-finish').click();
    await expect(page.getByTestId('summary')).toBeVisible();

    const state = await getState(page);
    expect(state.pin.set).toBe(true);
    expect(state.resolved.policy.ageBand).toBe('10-12');
    expect(state.resolved.policy.language).toBe('en');
    expect(state.resolved.fields.blockedCategories).toEqual({ source: 'preset', locked: false });
    expect(state.resolved.policy.blockedCategories).toEqual(
      expect.arrayContaining(['social_media', 'dating']),
    );
    expect(state.resolved.policy.listSubscriptions).toHaveLength(RECOMMENDED_LISTS.length);

    // A restart does not open it again.
    const { context: restarted } = await relaunch();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(restarted.pages().some((p) => p.url().includes('#/welcome'))).toBe(false);
  });

  test('skipping leaves the safe defaults in force, and the overview offers to finish', async ({
    context,
  }) => {
    await expect.poll(() => context.pages().some((p) => p.url().endsWith('#/welcome'))).toBe(true);
    const page = context.pages().find((p) => p.url().endsWith('#/welcome'))!;
    await expect(page.getByTestId('onboarding')).toHaveAttribute('data-ready', 'true');
    await page.getByTestId('onboarding-next').click();
    await page.getByTestId('onboarding-age-6-9').check();
    await page.getByTestId('onboarding-skip').click();
    await expect(page.getByTestId('onboarding-skipped')).toBeVisible();
    const state = await getState(page);
    expect(state.pin.set).toBe(false);
    expect(state.resolved.policy.ageBand).toBeNull();
    expect(state.resolved.policy.safeSearch).toBe(true);
    expect([...state.resolved.policy.blockedCategories].sort()).toEqual([
      'adult',
      'anonymizers',
      'gambling',
      'random_chat',
    ]);
    expect(state.resolved.policy.listSubscriptions).toEqual([]);
    await page.getByRole('link', { name: 'Go to the dashboard' }).click();
    await expect(page.getByTestId('setup-banner')).toBeVisible();
  });
});

test.describe('onboarding on a school device', () => {
  test.use({ keepOnboardingTab: true, managedPolicy: { orgName: 'City School', safeSearch: true } });

  test('does not open: the school set Hifazat up', async ({ context, openExtensionPage }) => {
    const page = await openExtensionPage('dashboard.html#/overview');
    expect((await getState(page)).resolved.managedBy).toBe('City School');
    expect(context.pages().some((p) => p.url().includes('#/welcome'))).toBe(false);
  });
});

test('PIN screens: a wrong PIN is refused and rate-limited; change and lock now work', async ({
  serviceWorker,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html#/pin');
  await page.getByTestId('pin-new').fill('1234');
  await page.getByTestId('pin-confirm').fill('1243');
  await page.getByRole('button', { name: 'Set PIN' }).click();
  await expect(page.getByRole('alert')).toHaveText('The two PINs are not the same.');
  await page.getByTestId('pin-new').fill(PIN);
  await page.getByTestId('pin-confirm').fill(PIN);
  await page.getByRole('button', { name: 'Set PIN' }).click();
  await expect(page.getByTestId('unlocked')).toBeVisible();
  await page.getByTestId('lock-now').click();
  await expect(page.getByTestId('pin-unlock')).toBeVisible();

  // Three free tries, the fourth wrong one starts a 30-second wait; even the right PIN waits.
  for (let i = 0; i < 4; i++) {
    await page.getByTestId('pin-unlock').fill('000000');
    await page.getByRole('button', { name: 'Unlock' }).click();
    // The field empties when the answer arrives.
    await expect(page.getByTestId('pin-unlock')).toHaveValue('');
    await expect(page.getByTestId('pin-error')).toHaveText('That PIN did not match.');
  }
  await page.getByTestId('pin-unlock').fill(PIN);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('pin-error')).toContainText(/Too many tries\. Please wait \d+ seconds/);
  await expect(page.getByTestId('unlocked')).toHaveCount(0);

  await setClockOffset(serviceWorker, 31_000);
  await unlockInDashboard(page);

  // Change the PIN (needs the unlock), then the old one no longer works.
  await page.getByTestId('pin-form-change').getByTestId('pin-new').fill('7351');
  await page.getByTestId('pin-form-change').getByTestId('pin-confirm').fill('7351');
  await page.getByRole('button', { name: 'Change PIN' }).click();
  await expect(page.getByTestId('pin-changed')).toBeVisible();
  await page.getByTestId('lock-now').click();
  const old = await send(page, 'pin/unlock', { pin: PIN });
  expect(old).toEqual({ ok: false, error: { code: 'wrong_pin' } });
  await unlockInDashboard(page, '7351');
  await expect(page.getByTestId('lockdown-guide')).toContainText('Guest mode');
  await expect(page.getByTestId('pin-forgotten')).toContainText('install it again');
});

test('after blocked visits, enforced searches, a chat prompt and a request, dashboard and teen view agree', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  // The minute alarm's time-online tick could add minutes between the parent's and the teen's reading.
  await inWorker(serviceWorker, () => chrome.alarms.clear('heartbeat'));
  const dashboard = await openExtensionPage('dashboard.html#/overview');
  await unlockWithNewPin(dashboard);
  const web = await context.newPage();
  for (const url of ['https://www.bet365.com/casino', 'https://sports.bet365.com/', 'https://ome.tv/']) {
    await visit(web, url);
    await expect(web.getByTestId('blocked-title')).toBeVisible();
  }
  for (const url of [
    'https://www.google.com/search?q=volcano+facts&safe=off',
    'https://www.google.com/search?q=river+facts',
    'https://www.bing.com/search?q=desert+facts&adlt=off',
  ]) {
    await visit(web, url);
    await expect(web.locator('#echo-host')).toBeVisible();
  }
  // The chat prompt and the teen's choice, recorded as the chat feature does.
  expect(
    await logEvent(serviceWorker, 'chat_prompt', 'secrecy', {
      site: 'whatsapp',
      level: 'elevated',
      choice: 'help',
    }),
  ).toBe(true);
  // An access request from the block page, approved for an hour in the dashboard: the site opens.
  await visit(web, 'https://www.bet365.com/');
  await web.locator('#reason').fill('maths homework on probability');
  await web.getByTestId('ask-access').click();
  await expect(web.getByTestId('request-sent')).toBeVisible();
  await flushEvents(serviceWorker);

  await dashboard.reload();
  await unlockInDashboard(dashboard);
  await section(dashboard, 'requests');
  await dashboard.getByTestId('request').getByTestId('approve-1h').click();
  await expect(dashboard.getByTestId('request')).toHaveCount(0);
  await visit(web, 'https://www.bet365.com/');
  await expect(web.locator('#echo-host')).toHaveText('www.bet365.com');
  await flushEvents(serviceWorker);

  await section(dashboard, 'overview');
  await dashboard.getByTestId('period-1').click();
  await expect(dashboard.getByTestId('summary')).toHaveAttribute('data-period', '1');
  const parent = await summaryNumbers(dashboard);
  expect(parent).toMatchObject({
    'bars-block:gambling': '3',
    'bars-block:random_chat': '1',
    'bars-safe_search:google': '2',
    'bars-safe_search:bing': '1',
    'bars-chat_prompt:secrecy': '1',
    'access-table:waiting': '0',
    'access-table:asked': '1',
    'access-table:approved': '1',
    'access-table:declined': '0',
  });
  await expect(dashboard.getByTestId('count-block')).toHaveAttribute('data-value', '4');
  await expect(dashboard.getByTestId('count-safe_search')).toHaveAttribute('data-value', '3');
  await expect(dashboard.getByTestId('count-chat_prompt')).toHaveAttribute('data-value', '1');
  await expect(dashboard.getByTestId('chat-choices')).toHaveText('What your child chose: Asked for help: 1');

  // Table view: the same numbers as text, for screen readers and for anyone who prefers them.
  await dashboard.getByTestId('toggle-tables').click();
  await expect(
    dashboard.getByTestId('bars-block-table').locator('tr[data-category="gambling"] td').first(),
  ).toHaveText('3');

  // The teen opens "What my parent sees" from the popup, without a PIN: the same numbers.
  const popup = await openExtensionPage('popup.html');
  const [teen] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'What my parent sees' }).click(),
  ]);
  await expect(teen).toHaveURL(/#\/teen$/);
  await teen.getByTestId('period-1').click();
  await expect(teen.getByTestId('summary')).toHaveAttribute('data-period', '1');
  expect(await summaryNumbers(teen)).toEqual(parent);
  await expect(teen.getByTestId('rules-in-force')).toContainText('Gambling');
  // No hostname of an allowed site, no search words, no request text anywhere on the teen's page.
  const text = await teen.locator('body').innerText();
  for (const secret of ['volcano', 'river', 'desert', 'maths homework']) expect(text).not.toContain(secret);
});

test('time online is counted by category from the active tab, only while the device is in use', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  // Only this test's ticks count: the minute alarm would tick too, at its own moments.
  await inWorker(serviceWorker, () => chrome.alarms.clear('heartbeat'));
  const web = await context.newPage();
  await web.bringToFront();
  let offset = 0;
  const minute = async (overrides?: Parameters<typeof timeOnlineTick>[1]) => {
    offset += 60_000;
    await setClockOffset(serviceWorker, offset);
    await timeOnlineTick(serviceWorker, overrides);
  };
  await visit(web, 'https://www.quiet-garden-7421.example/');
  await timeOnlineTick(serviceWorker); // the first tick counts one minute
  await minute();
  await minute();
  await visit(web, 'https://www.facebook.com/');
  await minute();
  await minute();
  await minute({ idle: 'idle', focused: true }); // away from the keyboard: not counted
  await minute({ idle: 'active', focused: false }); // another application in front: not counted
  await timeOnlineFlush(serviceWorker);
  await flushEvents(serviceWorker);

  const dashboard = await openExtensionPage('dashboard.html#/overview');
  await dashboard.getByTestId('period-1').click();
  await expect(dashboard.getByTestId('summary')).toHaveAttribute('data-period', '1');
  const numbers = await summaryNumbers(dashboard);
  expect(numbers['bars-time_online:uncategorized']).toBe('3');
  expect(numbers['bars-time_online:social_media']).toBe('2');
  await expect(dashboard.getByTestId('count-time_online')).toHaveAttribute('data-value', '5');
  await expect(dashboard.getByTestId('count-time_online')).toHaveText('5 min');
});

test('export: CSV and JSON files carry the numbers on screen', async ({
  serviceWorker,
  openExtensionPage,
}) => {
  await seedHistory(serviceWorker);
  const page = await openExtensionPage('dashboard.html#/overview');
  await expect(page.getByTestId('summary')).toHaveAttribute('data-period', '7');
  const onScreen = await summaryNumbers(page);
  const totals = Object.fromEntries(
    await page
      .getByTestId('summary-table')
      .locator('tr[data-kind]')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.getAttribute('data-kind'),
          Number(r.querySelector('[data-value]')?.getAttribute('data-value')),
        ]),
      ),
  ) as Record<string, number>;
  expect(totals.block).toBeGreaterThan(0);

  await section(page, 'digest');
  await expect(page.getByTestId('digest-block')).toContainText(`Blocked attempts: ${totals.block}`);
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(
    /^hifazat-summary-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  const rows = csv
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
  expect(rows[0]).toEqual(['section', 'kind', 'category', 'detail', 'day', 'unit', 'current', 'previous']);
  for (const [kind, value] of Object.entries(totals)) {
    expect(rows.find((r) => r[0] === 'total' && r[1] === kind)?.[6], kind).toBe(String(value));
  }
  for (const [key, value] of Object.entries(onScreen)) {
    const [chart, category] = key.split(':');
    if (!chart?.startsWith('bars-') || !category) continue;
    const kind = chart.slice('bars-'.length);
    expect(rows.find((r) => r[0] === 'category' && r[1] === kind && r[2] === category)?.[6], key).toBe(value);
  }

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ]);
  const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as {
    format: string;
    days: number;
    totals: Record<string, { current: number }>;
    blockedByCategory: Record<string, { current: number }>;
    timeOnlineMinutesByCategory: Record<string, { current: number }>;
    perDay: unknown[];
  };
  expect(json.format).toBe('hifazat-summary');
  expect(json.days).toBe(7);
  expect(json.perDay).toHaveLength(7);
  for (const [kind, value] of Object.entries(totals)) expect(json.totals[kind]?.current, kind).toBe(value);
  expect(String(json.blockedByCategory.gambling?.current)).toBe(onScreen['bars-block:gambling']);
  expect(String(json.timeOnlineMinutesByCategory.gaming?.current)).toBe(onScreen['bars-time_online:gaming']);
  expect(JSON.stringify(json)).not.toMatch(/\.(com|org|example)\b/);
});

test('deleting all history needs the PIN and empties the summary', async ({
  serviceWorker,
  openExtensionPage,
}) => {
  await seedHistory(serviceWorker);
  const page = await openExtensionPage('dashboard.html#/digest');
  const token = await unlockWithNewPin(page);
  const refused = await send(page, 'history/clear', { token: 'b'.repeat(64) });
  expect(refused).toEqual({ ok: false, error: { code: 'unlock_required' } });
  expect(token).toMatch(/^[0-9a-f]{64}$/);
  await page.reload();
  await expect(page.getByTestId('delete-history')).toContainText('Unlock with the parent PIN');
  await page.getByTestId('delete-history').getByTestId('pin-unlock').fill(PIN);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByTestId('delete-start').click();
  await page.getByTestId('delete-confirm').click();
  await expect(page.getByTestId('delete-done')).toBeVisible();
  await expect(page.getByTestId('digest-block')).toContainText('Blocked attempts: 0');
  await section(page, 'overview');
  await expect(page.getByTestId('count-block')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('count-time_online')).toHaveAttribute('data-value', '0');
});

test('pause from the popup: PIN, countdown, lifts the parent’s categories only, ends by itself', async ({
  context,
  serviceWorker,
  echo,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  const token = await unlockWithNewPin(dashboard);
  await updateSettings(dashboard, token, { ageBand: '6-9' });
  await send(dashboard, 'pin/lock', { token });
  const web = await context.newPage();
  await visit(web, 'https://www.roblox.com/');
  await expect(web).toHaveURL(/blocked\.html\?r=category&c=gaming/);

  const popup = await openExtensionPage('popup.html');
  await popup.getByTestId('pause-open').click();
  await popup.getByTestId('pause-minutes').selectOption('30');
  await popup.getByTestId('pause-pin').fill('111111');
  await popup.getByTestId('pause-start').click();
  await expect(popup.getByTestId('pause-error')).toHaveText('That PIN did not match.');
  await popup.getByTestId('pause-pin').fill(PIN);
  await popup.getByTestId('pause-start').click();
  await expect(popup.getByTestId('popup-status')).toHaveText('Some blocks are paused');
  await expect(popup.getByTestId('pause-countdown')).toHaveText(/^(30:00|29:5\d) left$/);

  // Lifted: the age setting's categories. Kept: the core categories and safe search.
  await visit(web, 'https://www.roblox.com/');
  await expect(web.locator('#echo-host')).toHaveText('www.roblox.com');
  await visit(web, 'https://www.bet365.com/');
  await expect(web).toHaveURL(/blocked\.html\?r=category&c=gambling/);
  echo.reset();
  await visit(web, 'https://www.google.com/search?q=cats&safe=off');
  expect(echo.requestsTo('www.google.com', '/search')[0]?.query.safe).toBe('active');
  // The pause never leaves an unlock session behind.
  expect(
    await inWorker(serviceWorker, async () => (await chrome.storage.session.get('unlock')).unlock),
  ).toBeUndefined();

  const teen = await openExtensionPage('dashboard.html#/teen');
  await expect(teen.getByTestId('teen-paused')).toBeVisible();

  // Thirty-one minutes later (injected clock) the pause has ended by itself.
  await setClockOffset(serviceWorker, 31 * 60_000);
  await visit(web, 'https://www.roblox.com/');
  await expect(web).toHaveURL(/blocked\.html\?r=category&c=gaming/);
  const after = await send<{ active: boolean }>(popup, 'pause/get', {});
  expect(after.ok && after.data.active).toBe(false);
  await popup.reload();
  await expect(popup.getByTestId('popup-status')).not.toHaveText('Some blocks are paused');

  // A pause can be ended early by anyone; starting one without the unlock is refused.
  const noToken = await send(popup, 'pause/start', { token: 'c'.repeat(64), minutes: 15 });
  expect(noToken).toEqual({ ok: false, error: { code: 'unlock_required' } });
});

for (const language of ['en', 'ur'] as const) {
  test(`screenshots of the dashboard with a fortnight of history in ${language}`, async ({
    serviceWorker,
    openExtensionPage,
  }, testInfo) => {
    await seedHistory(serviceWorker);
    const page = await openExtensionPage('dashboard.html#/overview');
    const token = await unlockWithNewPin(page);
    const state: AppState = await updateSettings(page, token, { language, ageBand: '13-15' });
    expect(state.resolved.policy.language).toBe(language);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ur' ? 'rtl' : 'ltr');
    await expect(page.getByTestId('summary')).toHaveAttribute('data-loaded', 'true');
    const shot = async (name: string, p: Page = page) =>
      p.screenshot({ path: testInfo.outputPath(`dashboard-${name}-${language}.png`), fullPage: true });
    await shot('summary-7-days');
    await page.getByTestId('period-30').click();
    await expect(page.getByTestId('summary')).toHaveAttribute('data-period', '30');
    await shot('summary-30-days');
    await page.getByTestId('toggle-tables').click();
    await shot('summary-tables');
    for (const route of ['digest', 'pin', 'teen']) {
      await section(page, route);
      await page.waitForTimeout(300);
      await shot(route);
    }
    const welcome = await openExtensionPage('dashboard.html#/welcome');
    await welcome.getByTestId(`onboarding-lang-${language}`).click();
    await welcome.getByTestId('onboarding-next').click();
    await shot('onboarding-age', welcome);
    const popup = await openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 480 });
    await popup.getByTestId('pause-open').click();
    await shot('popup-pause', popup);
  });
}
