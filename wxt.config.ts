import { defineConfig } from 'wxt';
import { TEST_EXTENSION_PUBLIC_KEY } from './tests/e2e/test-key';

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
    ],
    host_permissions: ['<all_urls>'],
    incognito: browser === 'firefox' ? undefined : 'spanning',
    // The dashboard is the options page; it opens in its own tab so there is room for the summary.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
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
  vite: (env) => ({
    define: { __HIFAZAT_TEST_HOOKS__: JSON.stringify(env.mode === 'e2e') },
  }),
});
