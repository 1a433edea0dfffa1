// Code passed to page.evaluate / worker.evaluate runs inside Chromium, where `chrome` is the extension API.
declare global {
  const chrome: typeof import('wxt/browser').browser;
}
export {};
