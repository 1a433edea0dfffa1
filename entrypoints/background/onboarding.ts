/**
 * The onboarding tab: opened once, on first install, on the dashboard's welcome route. Not on a school-managed
 * device (the school has set Hifazat up), and never again after the first time, whatever the parent chose.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PolicyRuntime } from './policyRuntime';

export const ONBOARDING_PATH = '/dashboard.html#/welcome';

export const onboardingOfferedItem = storage.defineItem<boolean>('local:onboardingOffered', {
  fallback: false,
});

/** Opens the welcome tab if it was never offered; returns its tab id, or null when it was not opened. */
export async function offerOnboarding(policy: PolicyRuntime): Promise<number | null> {
  if (await onboardingOfferedItem.getValue()) return null;
  await onboardingOfferedItem.setValue(true);
  const { school } = await policy.snapshot();
  if (school) return null;
  const tab = await browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PATH) });
  return tab.id ?? null;
}
