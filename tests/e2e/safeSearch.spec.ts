/**
 * Safe search and YouTube Restricted Mode in real Chromium, on the real hostnames (mapped to the local echo server):
 * for every engine row the request the server receives carries the enforced parameter or header, also when the page
 * asks for safe search off; engines that cannot be made safe land on a friendly page; and turning the policy off
 * really turns it off.
 */
import type { Page } from '@playwright/test';
import type { RecordedRequest } from './echoServer';
import { expect, test } from './fixtures';
import { getState, send, unlockWithNewPin, updateSettings, visit } from './messages';

interface NavCase {
  engine: string;
  url: string;
  host: string;
  path: string;
  check: (r: RecordedRequest) => void;
}

const param = (key: string, value: string) => (r: RecordedRequest) => expect(r.query[key]).toBe(value);

const NAVIGATIONS: NavCase[] = [
  {
    engine: 'google',
    url: 'https://www.google.com/search?q=cats&safe=off',
    host: 'www.google.com',
    path: '/search',
    check: param('safe', 'active'),
  },
  {
    engine: 'google',
    url: 'https://www.google.com.pk/search?q=cats&safe=off',
    host: 'www.google.com.pk',
    path: '/search',
    check: param('safe', 'active'),
  },
  {
    engine: 'google',
    url: 'https://www.google.co.uk/search?q=cats&tbm=isch&safe=images',
    host: 'www.google.co.uk',
    path: '/search',
    check: param('safe', 'active'),
  },
  {
    engine: 'google',
    url: 'https://google.de/search?q=cats',
    host: 'google.de',
    path: '/search',
    check: param('safe', 'active'),
  },
  {
    engine: 'google',
    url: 'https://www.google.ae/webhp?q=cats&safe=off',
    host: 'www.google.ae',
    path: '/webhp',
    check: param('safe', 'active'),
  },
  {
    engine: 'bing',
    url: 'https://www.bing.com/search?q=cats&adlt=off',
    host: 'www.bing.com',
    path: '/search',
    check: param('adlt', 'strict'),
  },
  {
    engine: 'bing',
    url: 'https://cn.bing.com/images/search?q=cats',
    host: 'cn.bing.com',
    path: '/images/search',
    check: param('adlt', 'strict'),
  },
  {
    engine: 'bing',
    url: 'https://edgeservices.bing.com/search?q=cats',
    host: 'edgeservices.bing.com',
    path: '/search',
    check: param('adlt', 'strict'),
  },
  {
    engine: 'duckduckgo',
    url: 'https://duckduckgo.com/?q=cats&kp=-2',
    host: 'duckduckgo.com',
    path: '/',
    check: param('kp', '1'),
  },
  {
    engine: 'duckduckgo',
    url: 'https://html.duckduckgo.com/html/?q=cats&kp=-2',
    host: 'html.duckduckgo.com',
    path: '/html/',
    check: param('kp', '1'),
  },
  {
    engine: 'duckduckgo',
    url: 'https://lite.duckduckgo.com/lite/?q=cats',
    host: 'lite.duckduckgo.com',
    path: '/lite/',
    check: param('kp', '1'),
  },
  {
    engine: 'duckduckgo',
    url: 'https://duckduckgo.com/?q=%21safeoff+cats&kp=-2',
    host: 'duckduckgo.com',
    path: '/',
    check: (r) => {
      expect(r.query.kp).toBe('1');
      expect(r.query.q).not.toMatch(/safeoff/i);
      expect(r.query.q?.trim()).toBe('cats');
    },
  },
  {
    engine: 'yahoo',
    url: 'https://search.yahoo.com/search?p=cats&vm=p',
    host: 'search.yahoo.com',
    path: '/search',
    check: param('vm', 'r'),
  },
  {
    engine: 'yahoo',
    url: 'https://uk.search.yahoo.com/search?p=cats',
    host: 'uk.search.yahoo.com',
    path: '/search',
    check: param('vm', 'r'),
  },
  {
    engine: 'yahoo',
    url: 'https://images.search.yahoo.com/search/images?p=cats',
    host: 'images.search.yahoo.com',
    path: '/search/images',
    check: param('vm', 'r'),
  },
  {
    engine: 'brave',
    url: 'https://search.brave.com/search?q=cats&safesearch=off',
    host: 'search.brave.com',
    path: '/search',
    check: param('safesearch', 'strict'),
  },
  {
    engine: 'startpage',
    url: 'https://www.startpage.com/sp/search?query=cats&qadf=none',
    host: 'www.startpage.com',
    path: '/sp/search',
    check: param('qadf', 'heavy'),
  },
];

/** Requests made by a page's own script (suggestions, results APIs, player APIs), sent from a page on `origin`. */
const FETCHES = [
  {
    engine: 'google',
    origin: 'https://www.google.com/',
    url: 'https://www.google.com/complete/search?q=ca&client=gws-wiz&safe=off',
    host: 'www.google.com',
    path: '/complete/search',
    check: param('safe', 'active'),
  },
  {
    engine: 'bing',
    origin: 'https://www.bing.com/',
    url: 'https://www.bing.com/AS/Suggestions?qry=ca',
    host: 'www.bing.com',
    path: '/AS/Suggestions',
    check: param('adlt', 'strict'),
  },
  {
    engine: 'duckduckgo',
    origin: 'https://duckduckgo.com/',
    url: 'https://links.duckduckgo.com/d.js?q=cats&kp=-2',
    host: 'links.duckduckgo.com',
    path: '/d.js',
    check: param('kp', '1'),
  },
  {
    engine: 'qwant',
    origin: 'https://www.qwant.com/',
    url: 'https://api.qwant.com/v3/search/web?q=cats&safesearch=0',
    host: 'api.qwant.com',
    path: '/v3/search/web',
    check: param('safesearch', '2'),
  },
  {
    engine: 'brave',
    origin: 'https://search.brave.com/',
    url: 'https://search.brave.com/api/suggest?q=ca',
    host: 'search.brave.com',
    path: '/api/suggest',
    check: param('safesearch', 'strict'),
  },
] as const;

const YOUTUBE_HOSTS = ['www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'www.youtube-nocookie.com'];
const YOUTUBE_API_HOSTS = ['youtubei.googleapis.com', 'youtube.googleapis.com'];

async function fetchFrom(page: Page, origin: string, url: string, method = 'GET') {
  await visit(page, origin);
  await page.evaluate(
    ([u, m]) =>
      fetch(u, { mode: 'no-cors', method: m }).then(
        () => undefined,
        () => undefined,
      ),
    [url, method] as const,
  );
}

test('every search engine row receives its safe-search parameter, even when the page asks for it off', async ({
  context,
  echo,
}) => {
  const page = await context.newPage();
  for (const c of NAVIGATIONS) {
    echo.reset();
    await visit(page, c.url);
    const request = await echo.waitForRequest(c.host, c.path);
    c.check(request);
  }
  for (const c of FETCHES) {
    echo.reset();
    await fetchFrom(page, c.origin, c.url);
    c.check(await echo.waitForRequest(c.host, c.path));
  }
});

test('engines that cannot be made safe land on a page that names the safe ones', async ({
  context,
  echo,
}) => {
  const page = await context.newPage();
  for (const url of ['https://yandex.ru/search/?text=cats', 'https://www.ecosia.org/search?q=cats']) {
    echo.reset();
    await visit(page, url);
    await expect(page).toHaveURL(/blocked\.html\?r=unsafe_engine/);
    await expect(page.getByTestId('blocked-reason')).toContainText('Google, Bing, DuckDuckGo');
    expect(echo.requests.filter((r) => r.host.includes('yandex') || r.host.includes('ecosia'))).toHaveLength(
      0,
    );
  }
});

test('YouTube Restricted Mode is sent as a header on every YouTube host and API, Strict by default', async ({
  context,
  echo,
}) => {
  const page = await context.newPage();
  for (const host of YOUTUBE_HOSTS) {
    echo.reset();
    await visit(page, `https://${host}/`);
    expect((await echo.waitForRequest(host, '/')).headers['youtube-restrict']).toBe('Strict');
  }
  for (const host of YOUTUBE_API_HOSTS) {
    echo.reset();
    await fetchFrom(page, 'https://www.youtube.com/', `https://${host}/youtubei/v1/search`, 'POST');
    expect((await echo.waitForRequest(host, '/youtubei/v1/search')).headers['youtube-restrict']).toBe(
      'Strict',
    );
  }
});

test('allowing Google and YouTube never switches SafeSearch or Restricted Mode off', async ({
  context,
  echo,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  const token = await unlockWithNewPin(dashboard);
  await updateSettings(dashboard, token, { allowDomains: ['google.com.pk', 'youtube.com', 'bing.com'] });
  const page = await context.newPage();
  echo.reset();
  await visit(page, 'https://www.google.com.pk/search?q=cats&safe=off');
  expect((await echo.waitForRequest('www.google.com.pk', '/search')).query.safe).toBe('active');
  await visit(page, 'https://www.youtube.com/watch?v=x');
  expect((await echo.waitForRequest('www.youtube.com', '/watch')).headers['youtube-restrict']).toBe('Strict');
});

test('turning the policy off really turns safe search and Restricted Mode off, and Moderate sends Moderate', async ({
  context,
  echo,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  const token = await unlockWithNewPin(dashboard);
  const page = await context.newPage();

  // One engine switched off: Bing passes through untouched, Google stays safe.
  await updateSettings(dashboard, token, {
    safeSearchEngines: ['google', 'duckduckgo', 'yahoo', 'brave', 'startpage', 'qwant', 'yandex', 'ecosia'],
  });
  echo.reset();
  await visit(page, 'https://www.bing.com/search?q=cats&adlt=off');
  expect((await echo.waitForRequest('www.bing.com', '/search')).query.adlt).toBe('off');
  await visit(page, 'https://www.google.com/search?q=cats&safe=off');
  expect((await echo.waitForRequest('www.google.com', '/search')).query.safe).toBe('active');

  await updateSettings(dashboard, token, { safeSearch: false, youtubeRestrict: 'moderate' });
  echo.reset();
  await visit(page, 'https://www.google.com/search?q=cats&safe=off');
  expect((await echo.waitForRequest('www.google.com', '/search')).query.safe).toBe('off');
  await visit(page, 'https://yandex.ru/search/?text=cats');
  await echo.waitForRequest('yandex.ru', '/search/');
  await visit(page, 'https://www.youtube.com/');
  expect((await echo.waitForRequest('www.youtube.com', '/')).headers['youtube-restrict']).toBe('Moderate');

  await updateSettings(dashboard, token, { youtubeRestrict: 'off' });
  echo.reset();
  await visit(page, 'https://m.youtube.com/');
  expect((await echo.waitForRequest('m.youtube.com', '/')).headers['youtube-restrict']).toBeUndefined();
  const state = await getState(dashboard);
  expect(state.resolved.policy.safeSearch).toBe(false);
});

test('searches kept safe are counted per engine, with no query stored', async ({
  context,
  echo,
  serviceWorker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await visit(page, 'https://www.google.com.pk/search?q=private+words&safe=off');
  await echo.waitForRequest('www.google.com.pk', '/search');
  await visit(page, 'https://duckduckgo.com/?q=private+words');
  await echo.waitForRequest('duckduckgo.com', '/');
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as { hifazatTest: { flushEvents(): Promise<unknown> } }).hifazatTest.flushEvents(),
  );
  const dashboard = await openExtensionPage('dashboard.html');
  const summary = await send<{ current: { byCategory: Record<string, Record<string, number>> } }>(
    dashboard,
    'summary/get',
    { days: 1 },
  );
  if (!summary.ok) throw new Error(summary.error.code);
  expect(summary.data.current.byCategory.safe_search?.google).toBe(1);
  expect(summary.data.current.byCategory.safe_search?.duckduckgo).toBe(1);
  const stored = await serviceWorker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('hifazat-events');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const dump: unknown[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      const all = await new Promise<unknown[]>((resolve) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
      });
      dump.push(...all);
    }
    return JSON.stringify(dump) + JSON.stringify(await chrome.storage.local.get(null));
  });
  expect(stored).not.toContain('private');
  expect(stored).not.toContain('google.com.pk');
});
