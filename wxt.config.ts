import { defineConfig } from 'wxt';
import { urduPackTransform } from './lib/chat/lexicons/urduPack';
import { buildSafeSearchRulesets } from './lib/enforce/compileSafeSearch';
import { TEST_EXTENSION_PUBLIC_KEY } from './tests/e2e/test-key';

// Safe-search rulesets are generated from the engine table (lib/enforce/engines.ts) at build time; the background
// switches them on and off with updateEnabledRulesets as the policy says.
const SAFE_SEARCH_RULESETS = buildSafeSearchRulesets();

// `wxt build --mode e2e` makes the build the end-to-end tests load (.output/chrome-mv3-e2e): it pins the
// extension id with a public test key and exposes the injectable clock. Store builds (production mode) have neither.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'declarativeNetRequest',
      'declarativeNetRequestWithHostAccess',
      'webNavigation',
      // Time online counts only while the device is in use (lib/events/timeOnline.ts).
      'idle',
    ],
    host_permissions: ['<all_urls>'],
    incognito: browser === 'firefox' ? undefined : 'spanning',
    // The dashboard is the options page; it opens in its own tab so there is room for the summary.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    declarative_net_request: {
      rule_resources: SAFE_SEARCH_RULESETS.map((set) => ({ id: set.id, enabled: false, path: set.path })),
    },
    web_accessible_resources: [{ resources: ['blocked.html'], matches: ['<all_urls>'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hifazat@hifazat.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(mode === 'e2e' ? { key: TEST_EXTENSION_PUBLIC_KEY } : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const set of SAFE_SEARCH_RULESETS) {
        files.push({ relativeDest: set.path, contents: JSON.stringify(set.rules, null, 1) });
      }
    },
  },
  vite: (env) => ({
    define: { __HIFAZAT_TEST_HOOKS__: JSON.stringify(env.mode === 'e2e') },
    // The Urdu lexicon ships with one byte per letter (lib/chat/lexicons/urduPack.ts).
    plugins: [
      {
        name: 'hifazat-urdu-pack',
        enforce: 'pre',
        transform: (code: string, id: string) => urduPackTransform(code, id),
      },
    ],
  }),
});
