/**
 * The one Playwright fixture for end-to-end tests: real Chromium (Debian's, or CHROMIUM_PATH) with the e2e build of
 * Hifazat loaded, its service worker and id, every hostname mapped to the local echo server, and an optional
 * temporary school policy (managed storage) installed without touching the real /etc.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { startEchoServer, type EchoServer } from './echoServer';
import { TEST_EXTENSION_ID } from './test-key';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
const TMP = path.join(import.meta.dirname, '.tmp');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface HifazatFixtures {
  /** A school policy to install as managed storage before the browser starts; null for a home install. */
  managedPolicy: Record<string, unknown> | null;
  /** Keep the onboarding tab that first install opens (closed by default, so tests start with no extra tab). */
  keepOnboardingTab: boolean;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** chrome-extension://<id>/<page> */
  extensionUrl: (page: string) => string;
  /** Opens an extension page and waits until it has heard from the background. */
  openExtensionPage: (page: string) => Promise<Page>;
  /** Closes the browser and starts it again on the same profile (a browser restart). */
  relaunch: () => Promise<{ context: BrowserContext; serviceWorker: Worker }>;
  /** Replaces the school policy while the browser runs (needs a managedPolicy to start with). */
  setManagedPolicy: (policy: Record<string, unknown>) => void;
}

interface Session {
  context: BrowserContext;
  worker: Worker;
  relaunch: HifazatFixtures['relaunch'];
  setPolicy: HifazatFixtures['setManagedPolicy'];
}

interface WorkerFixtures {
  echo: EchoServer;
}

/** Chromium flags that load the e2e build headless with every hostname mapped to a local server (tests, benches). */
export function launchArgs(port: number): string[] {
  return [
    '--headless=new',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--ignore-certificate-errors',
    `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
  ];
}

/**
 * The browser runs inside its own mount namespace where a temporary folder is bind-mounted over /etc/chromium,
 * holding the original files plus policies/managed/hifazat.json. Needs root; the real /etc is never written.
 */
function policyLauncher(dir: string): { executable: string; policyFile: string } | { skip: string } {
  if (process.getuid?.() !== 0)
    return { skip: 'managed-policy tests need root (for unshare -m and a bind mount)' };
  try {
    execFileSync('unshare', ['-m', 'true'], { stdio: 'ignore' });
  } catch {
    return { skip: 'unshare -m is not permitted here' };
  }
  const etc = path.join(dir, 'etc-chromium');
  mkdirSync(path.join(etc, 'policies', 'managed'), { recursive: true });
  if (existsSync('/etc/chromium')) {
    for (const name of readdirSync('/etc/chromium')) {
      if (name !== 'policies') copyFileSync(path.join('/etc/chromium', name), path.join(etc, name));
    }
  }
  const executable = path.join(dir, 'chromium-with-policy.sh');
  writeFileSync(
    executable,
    `#!/bin/sh\nexec unshare -m sh -c 'mount --make-rprivate / && mkdir -p /etc/chromium && mount --bind "$0" /etc/chromium && exec "$@"' "${etc}" "${CHROMIUM}" "$@"\n`,
    { mode: 0o755 },
  );
  return { executable, policyFile: path.join(etc, 'policies', 'managed', 'hifazat.json') };
}

function policyJson(policy: Record<string, unknown>): string {
  return JSON.stringify({ '3rdparty': { extensions: { [TEST_EXTENSION_ID]: policy } } });
}

async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${TEST_EXTENSION_ID}/`)) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${TEST_EXTENSION_ID}/`),
      timeout: 20_000,
    }));
  // The test hooks exist only in the e2e build; waiting on refresh() means the first policy is in force.
  await worker.evaluate(async () => {
    const hooks = (globalThis as unknown as { hifazatTest?: { refresh(): Promise<unknown> } }).hifazatTest;
    if (!hooks) throw new Error('this is not the e2e build: run `npx wxt build --mode e2e`');
    await hooks.refresh();
  });
  return worker;
}

/**
 * First install opens the onboarding tab once (entrypoints/background/onboarding.ts). Waits until the background has
 * handled the install and closes that tab unless the test keeps it.
 */
async function settleOnboarding(worker: Worker, keep: boolean): Promise<void> {
  await worker.evaluate(async (keepTab) => {
    const hooks = (globalThis as unknown as { hifazatTest: { onboardingTab(): Promise<number | null> } })
      .hifazatTest;
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000));
    const tabId = await Promise.race([hooks.onboardingTab(), timeout]);
    if (tabId !== null && !keepTab) await chrome.tabs.remove(tabId).catch(() => undefined);
  }, keep);
}

export const test = base.extend<HifazatFixtures & { session: Session }, WorkerFixtures>({
  managedPolicy: [null, { option: true }],
  keepOnboardingTab: [false, { option: true }],

  echo: [
    async ({}, use) => {
      const server = await startEchoServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  session: async ({ echo, managedPolicy, keepOnboardingTab }, use, testInfo) => {
    mkdirSync(TMP, { recursive: true });
    const dir = mkdtempSync(path.join(TMP, 'run-'));
    const profile = path.join(dir, 'profile');
    let executable = CHROMIUM;
    let policyFile: string | null = null;
    if (managedPolicy) {
      const launcher = policyLauncher(dir);
      if ('skip' in launcher) {
        if (process.env.CI === 'true')
          throw new Error(`managed-policy test cannot run in CI: ${launcher.skip}`);
        console.log(`skipping "${testInfo.title}": ${launcher.skip}`);
        testInfo.skip(true, launcher.skip);
        return;
      }
      executable = launcher.executable;
      policyFile = launcher.policyFile;
      writeFileSync(policyFile, policyJson(managedPolicy));
    }
    echo.reset();
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        executablePath: executable,
        headless: true,
        args: launchArgs(echo.port),
        ignoreHTTPSErrors: true,
        viewport: { width: 1100, height: 900 },
      });
    const context = await launch();
    const firstWorker = await serviceWorkerOf(context);
    await settleOnboarding(firstWorker, keepOnboardingTab);
    const state: Session = {
      context,
      worker: firstWorker,
      async relaunch() {
        await state.context.close();
        state.context = await launch();
        state.worker = await serviceWorkerOf(state.context);
        return { context: state.context, serviceWorker: state.worker };
      },
      setPolicy(policy) {
        if (!policyFile) throw new Error('start the test with a managedPolicy to change it later');
        writeFileSync(policyFile, policyJson(policy));
      },
    };
    await use(state);
    await state.context.close();
    rmSync(dir, { recursive: true, force: true });
  },

  context: async ({ session }, use) => use(session.context),
  serviceWorker: async ({ session }, use) => use(session.worker),
  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),
  extensionUrl: async ({ extensionId }, use) => use((page) => `chrome-extension://${extensionId}/${page}`),
  openExtensionPage: async ({ session, extensionUrl }, use) =>
    use(async (page) => {
      const tab = await session.context.newPage();
      await tab.goto(extensionUrl(page));
      await tab.locator('[data-ready="true"]').first().waitFor({ timeout: 15_000 });
      return tab;
    }),
  relaunch: async ({ session }, use) => use(() => session.relaunch()),
  setManagedPolicy: async ({ session }, use) => use((policy) => session.setPolicy(policy)),
});

export const expect = test.expect;

/** Runs `fn` inside the extension's service worker (where `chrome.*` and the test hooks live). */
export function inWorker<T>(worker: Worker, fn: () => T | Promise<T>): Promise<T> {
  return worker.evaluate(fn);
}
