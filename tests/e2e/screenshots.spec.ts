/**
 * Saves screenshots of the pages in English and Urdu as test artifacts (test-results/), so a person can review the
 * copy and the right-to-left layout; the assertions check the layout direction each one was taken in.
 */
import { expect, test } from './fixtures';

for (const language of ['en', 'ur'] as const) {
  test(`screenshots of the dashboard, popup and block page in ${language}`, async ({
    serviceWorker,
    openExtensionPage,
  }, testInfo) => {
    await serviceWorker.evaluate(
      (lang) => chrome.storage.local.set({ parentSettings: { language: lang } }),
      language,
    );
    for (const [name, path] of [
      ['overview', 'dashboard.html#/overview'],
      ['settings', 'dashboard.html#/settings'],
      ['teen', 'dashboard.html#/teen'],
      ['popup', 'popup.html'],
      ['blocked', 'blocked.html?r=category&c=random_chat#https://chat.example/'],
    ] as const) {
      const page = await openExtensionPage(path);
      await expect(page.locator('html')).toHaveAttribute('dir', language === 'ur' ? 'rtl' : 'ltr');
      await page.screenshot({ path: testInfo.outputPath(`${name}-${language}.png`), fullPage: true });
      await page.close();
    }
  });
}
