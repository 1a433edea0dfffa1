/**
 * Messages of the school features: the admin diagnostics page and the school report (what the school receives,
 * shown to the teen). Neither needs the parent's unlock: a school device may have no parent, and both show only the
 * school's own configuration and counts.
 */
import { browser } from 'wxt/browser';
import type { Clock } from '../../lib/clock';
import type { ListLibrary } from '../../lib/lists/listLibrary';
import type { Handlers, Responses } from '../../lib/messaging';
import { diagnosePolicy } from '../../lib/school/diagnose';
import { hardeningChecklist } from '../../lib/school/hardening';
import type { AdminDiagnostics } from '../../lib/school/types';
import type { PolicyRuntime } from './policyRuntime';
import type { SchoolReporting } from './schoolReporting';

type AdminMessages = 'admin/diagnostics' | 'school/report';

export interface AdminDeps {
  clock: Clock;
  policy: PolicyRuntime;
  lists: ListLibrary;
  reporting: SchoolReporting;
}

async function readManagedRaw(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) as Record<string, unknown>;
  } catch {
    return {}; // no managed storage here (Firefox without policies.json): no school policy
  }
}

async function installType(): Promise<string | null> {
  try {
    // getSelf needs no "management" permission.
    return (await browser.management.getSelf()).installType ?? null;
  } catch {
    return null;
  }
}

async function incognitoAllowed(): Promise<boolean | null> {
  try {
    return await browser.extension.isAllowedIncognitoAccess();
  } catch {
    return null;
  }
}

export function createAdminHandlers(deps: AdminDeps): Pick<Handlers<Responses>, AdminMessages> {
  return {
    'admin/diagnostics': async (): Promise<AdminDiagnostics> => {
      const [raw, resolved, type, incognito, hostAccess, reporting] = await Promise.all([
        readManagedRaw(),
        deps.policy.current(),
        installType(),
        incognitoAllowed(),
        deps.policy.hostAccess(),
        deps.reporting.state(),
      ]);
      const diagnosis = diagnosePolicy(raw);
      const sources = await deps.lists.statusList(resolved.policy.listSubscriptions);
      return {
        extension: {
          id: browser.runtime.id,
          version: browser.runtime.getManifest().version,
          installType: type,
        },
        managedBy: resolved.managedBy,
        noParent: resolved.noParent,
        diagnosis,
        failingSubscriptions: sources
          .filter((s) => s.lastError !== null)
          .map((s) => ({
            url: s.url,
            category: s.category,
            lastError: s.lastError!,
            lastAttempt: s.lastAttempt,
          })),
        hardening: hardeningChecklist({
          managed: diagnosis.managed,
          installType: type,
          incognitoAllowed: incognito,
          hostAccess,
        }),
        reporting,
        checkedAt: deps.clock.now(),
      };
    },

    'school/report': () => deps.reporting.state(),
  };
}
