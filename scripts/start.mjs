// `npm start`: installs what is missing, builds the extension, and opens Chromium with it in a fresh profile on the
// dashboard. With no display (a server, CI) it says so, opens it headless, checks the dashboard renders, saves a
// screenshot and prints where the built extension is, so you can load it in your own browser.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

if (!existsSync(path.join(root, 'node_modules'))) run('npm install --no-audit --no-fund');
run('npx wxt build');

const extension = path.join(root, '.output', 'chrome-mv3');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.log(
    `\nBuilt: ${extension}\nChromium was not found at ${chromiumPath} (set CHROMIUM_PATH, or install it:`,
  );
  console.log(
    '  apt-get install chromium). Or load the folder above in chrome://extensions with "Load unpacked".',
  );
  process.exit(0);
}

const { chromium } = await import('@playwright/test');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (headless) console.log('\nNo display found: opening Chromium headless to check the extension starts.');
const profile = mkdtempSync(path.join(os.tmpdir(), 'hifazat-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless,
  viewport: headless ? { width: 1100, height: 900 } : null,
  args: [
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${id}/dashboard.html`);
await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });

console.log(`\nHifazat is running (extension id ${id}) with the built-in safe defaults.`);
console.log(`Built extension: ${extension}`);
if (headless) {
  const shot = path.join(root, '.output', 'start-dashboard.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`Dashboard rendered: "${await page.title()}"; screenshot: ${shot}`);
  await context.close();
} else {
  console.log('Close the browser window to stop.');
  await new Promise((resolve) => context.on('close', resolve));
}
