/**
 * The hardening checklist on the admin diagnostics page: what closes the ways around Hifazat on a school device.
 * A few things the extension can see from inside (its install type, incognito access, site access, whether a
 * policy arrived); the rest are browser or operating-system settings no extension can read, and the page says so
 * plainly and names the policy that sets them (docs/schools.md and docs/policies/ have ready-made files).
 */

export type CheckId =
  | 'school_policy'
  | 'force_installed'
  | 'incognito'
  | 'site_access'
  | 'guest_mode'
  | 'add_person'
  | 'developer_mode'
  | 'other_browsers'
  | 'safe_search_policy';

/** ok / problem: detected from inside the browser. undetectable: only the policy below can make sure. */
export type CheckStatus = 'ok' | 'problem' | 'undetectable';

export interface HardeningCheck {
  id: CheckId;
  status: CheckStatus;
  /** Where to set it: browser policy names (Chrome / Edge; docs/policies/ has the values), empty if on the device. */
  policies: string[];
}

export interface HardeningInput {
  /** Whether a school policy reached the extension. */
  managed: boolean;
  /** management.getSelf().installType: 'admin' means force-installed by policy; null if the browser cannot say. */
  installType: string | null;
  /** extension.isAllowedIncognitoAccess(); null if the browser cannot say. */
  incognitoAllowed: boolean | null;
  hostAccess: boolean;
}

function detected(ok: boolean | null): CheckStatus {
  return ok === null ? 'undetectable' : ok ? 'ok' : 'problem';
}

export function hardeningChecklist(input: HardeningInput): HardeningCheck[] {
  return [
    { id: 'school_policy', status: detected(input.managed), policies: ['3rdparty.extensions'] },
    {
      id: 'force_installed',
      status: detected(input.installType === null ? null : input.installType === 'admin'),
      policies: ['ExtensionSettings', 'ExtensionInstallForcelist'],
    },
    // Allowed in incognito, or incognito closed altogether: only the first can be seen from inside.
    { id: 'incognito', status: detected(input.incognitoAllowed), policies: ['IncognitoModeAvailability'] },
    { id: 'site_access', status: detected(input.hostAccess), policies: [] },
    { id: 'guest_mode', status: 'undetectable', policies: ['BrowserGuestModeEnabled'] },
    { id: 'add_person', status: 'undetectable', policies: ['BrowserAddPersonEnabled'] },
    {
      id: 'developer_mode',
      status: 'undetectable',
      policies: ['ExtensionDeveloperModeSettings', 'DeveloperToolsAvailability'],
    },
    // Not a browser policy: the operating system decides which browsers run (AppLocker, an MDM's app rules), or
    // each browser gets Hifazat too (Edge reads the same policies; Firefox reads policies.json).
    { id: 'other_browsers', status: 'undetectable', policies: ['AppLocker', 'policies.json'] },
    {
      id: 'safe_search_policy',
      status: 'undetectable',
      policies: ['ForceGoogleSafeSearch', 'ForceYouTubeRestrict'],
    },
  ];
}
