/**
 * The engine table: one row per search engine or video service, with how Hifazat makes it safe and where that fact
 * comes from. Data, not code: compileSafeSearch turns each row into declarativeNetRequest rules, and a unit test
 * checks that every row produces rules and every rule comes from a row.
 *
 * Mechanisms:
 * - `query`: a redirect whose queryTransform adds or replaces a parameter (so `safe=off` becomes `safe=active`);
 *   GET requests only, so form posts are never broken by a redirect.
 * - `header`: a request header set on every request to the hosts (YouTube Restricted Mode).
 * - `block`: engines with no strict mode an extension can enforce; sent to a friendly page naming the safe engines.
 */
import type { ResourceType } from './types';
import { GOOGLE_SEARCH_DOMAINS } from './googleDomains';

/** Search engines a parent can switch one by one (policy field safeSearchEngines). */
export const SEARCH_ENGINE_IDS = [
  'google',
  'bing',
  'duckduckgo',
  'yahoo',
  'brave',
  'startpage',
  'qwant',
  'yandex',
  'ecosia',
] as const;
export type SearchEngineId = (typeof SEARCH_ENGINE_IDS)[number];
export const ENGINE_IDS = [...SEARCH_ENGINE_IDS, 'youtube'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

interface EngineBase {
  id: EngineId;
  /** Display name (a brand, not translated). */
  name: string;
  /** Hosts the rule applies to; each also covers its subdomains unless `hostPattern` narrows it. */
  domains: readonly string[];
  /** RE2 pattern for the part of the URL after the scheme, narrowing hosts and paths. */
  urlPattern: string;
  resourceTypes: readonly ResourceType[];
  /** Where the fact comes from (documentation, or the behaviour observed and how). */
  source: string;
}

export interface QueryEngine extends EngineBase {
  mechanism: 'query';
  param: string;
  value: string;
}

export interface HeaderEngine extends EngineBase {
  mechanism: 'header';
  header: string;
  /** Value per YouTube mode. */
  values: { strict: string; moderate: string };
}

export interface BlockEngine extends EngineBase {
  mechanism: 'block';
  /** Why no strict mode can be enforced (shown in docs). */
  why: string;
}

export type Engine = QueryEngine | HeaderEngine | BlockEngine;

const PAGE_AND_XHR: readonly ResourceType[] = ['main_frame', 'sub_frame', 'xmlhttprequest'];
const PAGE_XHR_SCRIPT: readonly ResourceType[] = ['main_frame', 'sub_frame', 'xmlhttprequest', 'script'];
const EVERYTHING: readonly ResourceType[] = [
  'main_frame',
  'sub_frame',
  'xmlhttprequest',
  'script',
  'image',
  'media',
  'websocket',
  'other',
];

/** Path of a search request on a Google host: web, images, video, news, shopping, suggestions, the home page. */
const GOOGLE_PATHS = '(search|webhp|imghp|videohp|images|complete/search|s|)(\\?.*|/.*)?$';

export const ENGINES: readonly Engine[] = [
  {
    id: 'google',
    name: 'Google',
    mechanism: 'query',
    param: 'safe',
    value: 'active',
    domains: GOOGLE_SEARCH_DOMAINS,
    // www.google.<tld> and google.<tld> only: mail.google.com or docs.google.com are not search.
    urlPattern: `(www\\.)?google\\.[a-z]{2,3}(\\.[a-z]{2})?/${GOOGLE_PATHS}`,
    resourceTypes: PAGE_AND_XHR,
    source:
      'Google Search Help, "Filter explicit results using SafeSearch": safe=active locks SafeSearch for a request; Chrome\'s ForceGoogleSafeSearch policy appends the same parameter.',
  },
  {
    id: 'bing',
    name: 'Bing',
    mechanism: 'query',
    param: 'adlt',
    value: 'strict',
    domains: ['bing.com'],
    urlPattern: '(www|cn|edgeservices)\\.bing\\.com/(search|images/|videos/|news/|AS/Suggestions|shop).*',
    resourceTypes: PAGE_AND_XHR,
    source:
      'Microsoft Bing: adlt=strict selects SafeSearch "Strict" for the request (Bing Web Search API safeSearch parameter and web UI URL).',
  },
  {
    id: 'duckduckgo',
    name: 'DuckDuckGo',
    mechanism: 'query',
    param: 'kp',
    value: '1',
    domains: ['duckduckgo.com'],
    // The main site (/?q=), html and lite versions, and the result, image, video and suggestion endpoints.
    urlPattern:
      '([a-z]+\\.)?duckduckgo\\.com/(\\?.*|html/?.*|lite/?.*|d\\.js.*|i\\.js.*|v\\.js.*|news\\.js.*|ac/.*)',
    resourceTypes: PAGE_XHR_SCRIPT,
    source:
      'DuckDuckGo URL parameter reference (duckduckgo.com/duckduckgo-help-pages/settings/params): kp=1 strict, -1 moderate, -2 off.',
  },
  {
    id: 'yahoo',
    name: 'Yahoo',
    mechanism: 'query',
    param: 'vm',
    value: 'r',
    domains: ['search.yahoo.com'],
    urlPattern: '([a-z]+\\.)*search\\.yahoo\\.com/(search|yhs/search).*',
    resourceTypes: PAGE_AND_XHR,
    source: 'Yahoo Search preferences: vm=r is the "Strict" SafeSearch value carried in the search URL.',
  },
  {
    id: 'brave',
    name: 'Brave Search',
    mechanism: 'query',
    param: 'safesearch',
    value: 'strict',
    domains: ['search.brave.com'],
    urlPattern: 'search\\.brave\\.com/(search|images|videos|news|api/suggest).*',
    resourceTypes: PAGE_AND_XHR,
    source: 'Brave Search settings: safesearch=strict|moderate|off is honoured as a URL parameter.',
  },
  {
    id: 'startpage',
    name: 'Startpage',
    mechanism: 'query',
    param: 'qadf',
    value: 'heavy',
    domains: ['startpage.com'],
    urlPattern: '([a-z]+\\.)?startpage\\.com/(sp/search|do/search|do/dsearch|do/asearch).*',
    resourceTypes: PAGE_AND_XHR,
    source: 'Startpage search form: the family filter is the qadf parameter (heavy = on, none = off).',
  },
  {
    id: 'qwant',
    name: 'Qwant',
    mechanism: 'query',
    param: 'safesearch',
    value: '2',
    domains: ['api.qwant.com'],
    // The web page fetches its results from the API; the page itself keeps the setting in local storage.
    urlPattern: 'api\\.qwant\\.com/v3/(search|suggest)/.*',
    resourceTypes: PAGE_AND_XHR,
    source:
      'Qwant API v3: safesearch=0 off, 1 moderate, 2 strict, sent by www.qwant.com with every result request.',
  },
  {
    id: 'yandex',
    name: 'Yandex',
    mechanism: 'block',
    domains: ['yandex.ru', 'yandex.com', 'yandex.com.tr', 'yandex.by', 'yandex.kz', 'yandex.uz', 'ya.ru'],
    urlPattern:
      '([a-z]+\\.)?(yandex\\.(ru|com|com\\.tr|by|kz|uz)|ya\\.ru)/(search|images/search|video/search).*',
    resourceTypes: ['main_frame', 'sub_frame'],
    source:
      'Yandex Help, "Filtering adult content": family mode is a setting in the user\'s search settings or Yandex DNS, not a URL parameter.',
    why: "Family mode lives in the user's own settings (a cookie) or in DNS; an extension cannot force it per request.",
  },
  {
    id: 'ecosia',
    name: 'Ecosia',
    mechanism: 'block',
    domains: ['ecosia.org'],
    urlPattern: '(www\\.)?ecosia\\.org/(search|images|videos|news).*',
    resourceTypes: ['main_frame', 'sub_frame'],
    source:
      'Ecosia settings: safe search is stored in the ECFG cookie; there is no URL parameter to force it.',
    why: 'Safe search is only a cookie setting the user can change; no enforceable request parameter.',
  },
  {
    id: 'youtube',
    name: 'YouTube',
    mechanism: 'header',
    header: 'YouTube-Restrict',
    values: { strict: 'Strict', moderate: 'Moderate' },
    domains: [
      'www.youtube.com',
      'm.youtube.com',
      'music.youtube.com',
      'youtubei.googleapis.com',
      'youtube.googleapis.com',
      'www.youtube-nocookie.com',
    ],
    urlPattern: '.*',
    resourceTypes: EVERYTHING,
    source:
      'Google Workspace Admin Help, "Restrict YouTube content": the YouTube-Restrict: Strict|Moderate request header on these hosts.',
  },
];

/** Engines Hifazat can keep safe, named on the block page of an engine it cannot. */
export const SAFE_ENGINE_NAMES: readonly string[] = ENGINES.filter((e) => e.mechanism === 'query').map(
  (e) => e.name,
);

export function engineById(id: EngineId): Engine {
  const engine = ENGINES.find((e) => e.id === id);
  if (!engine) throw new Error(`unknown engine ${id}`);
  return engine;
}
