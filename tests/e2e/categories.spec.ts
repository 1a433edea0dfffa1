/**
 * Category blocking in real Chromium: built-in lists, allow-lists, schedules, subscriptions (with the last good copy
 * kept), access requests that expire, translation-proxy bypasses, and frames.
 */
import { expect, test } from './fixtures';
import { getState, send, unlockWithNewPin, updateSettings, visit } from './messages';
import { flushEvents, setClockOffset, syncLists } from './testHooks';

test('a listed domain and its subdomains land on the block page with the right category', async ({
  context,
  echo,
}) => {
  const page = await context.newPage();
  for (const [url, category, name] of [
    ['https://www.bet365.com/casino', 'gambling', 'Gambling'],
    ['https://sports.bet365.com/', 'gambling', 'Gambling'],
    ['https://ome.tv/', 'random_chat', 'Random video chat'],
  ] as const) {
    await visit(page, url);
    await expect(page).toHaveURL(new RegExp(`blocked\\.html\\?r=category&c=${category}#`));
    await expect(page.getByTestId('blocked-reason')).toContainText(name);
  }
  expect(echo.requests.filter((r) => r.host.endsWith('bet365.com') || r.host === 'ome.tv')).toHaveLength(0);
  // An ordinary site is untouched.
  await visit(page, 'https://www.wikipedia.org/');
  await expect(page.locator('#echo-host')).toHaveText('www.wikipedia.org');
});

test('an allow-listed subdomain of a category-blocked domain loads', async ({
  context,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  const token = await unlockWithNewPin(dashboard);
  await updateSettings(dashboard, token, { allowDomains: ['news.bet365.com'] });
  const page = await context.newPage();
  await visit(page, 'https://news.bet365.com/today');
  await expect(page.locator('#echo-host')).toHaveText('news.bet365.com');
  await visit(page, 'https://www.bet365.com/');
  await expect(page).toHaveURL(/blocked\.html\?r=category&c=gambling/);
});

test('a scheduled category blocks inside its window and not outside (injected clock)', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  const token = await unlockWithNewPin(dashboard);
  // Online games: blocked 01:00-02:00 every day (browser's local time).
  await updateSettings(dashboard, token, {
    schedules: [{ category: 'gaming', days: [0, 1, 2, 3, 4, 5, 6], start: '01:00', end: '02:00' }],
  });
  const offsetTo = async (hour: number, minute: number) => {
    const target = new Date();
    target.setHours(hour, minute, 0, 0);
    await setClockOffset(serviceWorker, target.getTime() - Date.now());
  };
  const page = await context.newPage();
  await offsetTo(1, 30);
  await visit(page, 'https://www.roblox.com/');
  await expect(page).toHaveURL(/blocked\.html\?r=category&c=gaming/);
  await offsetTo(3, 0);
  await visit(page, 'https://www.roblox.com/');
  await expect(page.locator('#echo-host')).toHaveText('www.roblox.com');
});

test('a subscription is fetched, enforced, and survives a later failed fetch', async ({
  context,
  echo,
  serviceWorker,
  openExtensionPage,
}) => {
  let served: { status: number; body: string } = {
    status: 200,
    body: '# test list (hosts format)\r\n0.0.0.0 casino-from-list.example\r\n0.0.0.0 another-casino.example\r\n',
  };
  echo.respond((r) => (r.host === 'lists.hifazat.test' ? { ...served, type: 'text/plain' } : null));
  const dashboard = await openExtensionPage('dashboard.html');
  const token = await unlockWithNewPin(dashboard);
  await updateSettings(dashboard, token, {
    listSubscriptions: [{ url: 'https://lists.hifazat.test/gambling.txt', category: 'gambling' }],
  });
  await syncLists(serviceWorker);
  const page = await context.newPage();
  for (const host of ['casino-from-list.example', 'www.another-casino.example']) {
    await visit(page, `https://${host}/`);
    await expect(page).toHaveURL(/blocked\.html\?r=category&c=gambling/);
  }
  const status = await send<{ sources: { count: number; lastError: string | null }[] }>(
    dashboard,
    'lists/status',
    {},
  );
  expect(status.ok && status.data.sources[0]).toMatchObject({ count: 2, lastError: null });

  // The publisher's server breaks: an error page instead of a list. The last good copy stays in force.
  served = { status: 200, body: '<!doctype html><html><body><h1>Service unavailable</h1></body></html>' };
  const synced = await send<{ sources: { count: number; lastError: string | null }[] }>(
    dashboard,
    'lists/sync',
    {
      token,
    },
  );
  expect(synced.ok && synced.data.sources[0]).toMatchObject({ count: 2, lastError: 'garbage' });
  served = { status: 500, body: 'oops' };
  const failed = await send<{ sources: { lastError: string | null }[] }>(dashboard, 'lists/sync', { token });
  expect(failed.ok && failed.data.sources[0]?.lastError).toBe('http_500');
  await visit(page, 'https://casino-from-list.example/');
  await expect(page).toHaveURL(/blocked\.html\?r=category&c=gambling/);
  await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#/lists');
  await expect(dashboard.getByTestId('source-count')).toHaveText('2 sites');
});

test('an approved access request lets the page load, and it expires (injected clock)', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  const token = await unlockWithNewPin(dashboard);
  const page = await context.newPage();
  await visit(page, 'https://www.bet365.com/');
  await expect(page).toHaveURL(/blocked\.html/);
  await page.locator('#reason').fill('For my maths project on probability');
  await page.getByTestId('ask-access').click();
  await expect(page.getByTestId('request-sent')).toBeVisible();

  // The parent approves for 15 minutes from the dashboard.
  await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#/settings');
  await dashboard.getByTestId('pin-unlock').fill('482916');
  await dashboard.getByRole('button', { name: 'Unlock' }).click();
  await expect(dashboard.getByTestId('unlocked')).toBeVisible();
  await dashboard.getByTestId('nav-requests').click();
  const request = dashboard.getByTestId('request');
  await expect(request).toHaveAttribute('data-domain', 'bet365.com');
  await expect(request).toContainText('For my maths project on probability');
  await request.getByTestId('approve-15m').click();
  await expect(dashboard.getByTestId('request')).toHaveCount(0);

  await visit(page, 'https://www.bet365.com/');
  await expect(page.locator('#echo-host')).toHaveText('www.bet365.com');

  await setClockOffset(serviceWorker, 16 * 60_000);
  await visit(page, 'https://www.bet365.com/');
  await expect(page).toHaveURL(/blocked\.html\?r=category&c=gambling/);
  expect(token).toMatch(/^[0-9a-f]{64}$/);
});

test('a translation proxy of a blocked site is blocked, while one of an allowed site loads', async ({
  context,
}) => {
  const page = await context.newPage();
  await visit(page, 'https://www-bet365-com.translate.goog/?_x_tr_sl=auto&_x_tr_tl=ur');
  await expect(page).toHaveURL(/blocked\.html\?r=proxy&c=gambling/);
  await visit(page, 'https://translate.google.com/translate?sl=auto&tl=ur&u=https://ome.tv/');
  await expect(page).toHaveURL(/blocked\.html\?r=proxy&c=random_chat/);
  await visit(page, 'https://web.archive.org/web/2024/https://www.bet365.com/');
  await expect(page).toHaveURL(/blocked\.html\?r=proxy&c=gambling/);
  await visit(page, 'https://www-wikipedia-org.translate.goog/wiki/Lahore?_x_tr_tl=ur');
  await expect(page.locator('#echo-host')).toHaveText('www-wikipedia-org.translate.goog');
});

test('a blocked frame shows a small notice and is not counted; a blocked tab is counted', async ({
  context,
  echo,
  serviceWorker,
  openExtensionPage,
}) => {
  echo.respond((r) =>
    r.host === 'news.example'
      ? { body: '<h1>News</h1><iframe id="ad" src="https://www.bet365.com/ad"></iframe>' }
      : null,
  );
  const page = await context.newPage();
  await visit(page, 'https://news.example/');
  const frame = page.frameLocator('#ad');
  await expect(frame.getByTestId('blocked-frame')).toBeVisible();
  await visit(page, 'https://ome.tv/');
  await expect(page.getByTestId('blocked-title')).toBeVisible();
  await flushEvents(serviceWorker);
  const dashboard = await openExtensionPage('dashboard.html');
  const summary = await send<{ current: { byCategory: Record<string, Record<string, number>> } }>(
    dashboard,
    'summary/get',
    { days: 1 },
  );
  if (!summary.ok) throw new Error(summary.error.code);
  expect(summary.data.current.byCategory.block).toEqual({ random_chat: 1 });
  const state = await getState(dashboard);
  expect(state.status.rulesInForce).toBeGreaterThan(3);
});
