/**
 * Messages of the blocking features: the block page counts a visit, asks for access or reports a wrong category;
 * the parent decides (privileged); the dashboard reads list status and forces a sync (privileged).
 */
import { getDomain } from 'tldts';
import type { AccessState, ListsState } from '../../lib/appState';
import type { Clock } from '../../lib/clock';
import type { EventLog } from '../../lib/events';
import { addRequest, approvalEnd } from '../../lib/lists/approvals';
import { normalizeDomain } from '../../lib/lists/domain';
import type { ListLibrary } from '../../lib/lists/listLibrary';
import { accessRequestsItem, approvalsItem, reportsItem } from '../../lib/lists/listItems';
import { RECOMMENDED_LISTS } from '../../lib/lists/recommendedLists';
import { MessageRefused, type Handlers, type Responses } from '../../lib/messaging';
import { DEFAULT_POLICY, repairParentSettings, resolvePolicy } from '../../lib/policy';
import { parentSettingsItem } from '../../lib/policy/store';
import type { PolicyRuntime } from './policyRuntime';

type AccessMessages =
  | 'blocked/visit'
  | 'access/request'
  | 'access/report'
  | 'access/list'
  | 'access/decide'
  | 'lists/status'
  | 'lists/sync';

export interface AccessDeps {
  clock: Clock;
  events: EventLog;
  policy: PolicyRuntime;
  lists: ListLibrary;
  /** Fetches due lists and recompiles when they changed. */
  syncLists(force: boolean): Promise<void>;
  /** Counts a "this looks wrong" report (category only) for the school's daily report. */
  countWrongCategory?(category: string): Promise<void>;
}

const MAX_REPORTS = 100;

/** Access is asked for the site as people know it: its registrable domain (www.example.com → example.com). */
function siteOf(host: string): string {
  const normalized = normalizeDomain(host);
  if (!normalized) throw new MessageRefused({ code: 'bad_message', detail: 'host' });
  return getDomain(normalized, { allowPrivateDomains: true }) ?? normalized;
}

export function createAccessHandlers(deps: AccessDeps): Pick<Handlers<Responses>, AccessMessages> {
  const accessState = async (): Promise<AccessState> => ({
    requests: await accessRequestsItem.getValue(),
    reports: await reportsItem.getValue(),
  });
  const listsState = async (): Promise<ListsState> => {
    const policy = await deps.policy.current();
    return {
      sources: await deps.lists.statusList(policy.policy.listSubscriptions),
      recommended: RECOMMENDED_LISTS,
    };
  };

  return {
    'blocked/visit': async ({ reason, category }) => {
      const counted = deps.events.log('block', category, { reason });
      return { counted };
    },

    'access/request': async ({ host, category, reason }) => {
      const id = crypto.randomUUID();
      if ((await deps.policy.current()).noParent) {
        // No parent to decide: the teen is told to ask their teacher, and only the count remains (no site, no
        // reason), which reaches the school in its daily report if reporting is on.
        siteOf(host);
        deps.events.log('access_request', category, { status: 'asked' });
        return { id };
      }
      const requests = await accessRequestsItem.getValue();
      await accessRequestsItem.setValue(
        addRequest(requests, {
          id,
          domain: siteOf(host),
          category,
          at: deps.clock.now(),
          ...(reason?.trim() ? { reason: reason.trim() } : {}),
          status: 'pending',
        }),
      );
      deps.events.log('access_request', category, { status: 'asked' });
      return { id };
    },

    'access/report': async ({ host, category }) => {
      const domain = siteOf(host);
      await deps.countWrongCategory?.(category);
      // With no parent nobody reads the list: keep the count only.
      if ((await deps.policy.current()).noParent) return { saved: true };
      const reports = await reportsItem.getValue();
      const others = reports.filter((r) => r.domain !== domain);
      await reportsItem.setValue(
        [{ domain, category, at: deps.clock.now() }, ...others].slice(0, MAX_REPORTS),
      );
      return { saved: true };
    },

    'access/list': accessState,

    'access/decide': async ({ id, decision, duration, note }) => {
      if ((await deps.policy.current()).noParent) {
        throw new MessageRefused({ code: 'locked', detail: 'no_parent' });
      }
      const requests = await accessRequestsItem.getValue();
      const request = requests.find((r) => r.id === id);
      if (!request) throw new MessageRefused({ code: 'bad_message', detail: 'id' });
      const now = deps.clock.now();
      if (decision === 'approve') {
        const chosen = duration ?? '1h';
        const until = approvalEnd(chosen, now);
        const { fields } = await deps.policy.current();
        // An approval is an allow entry with an end: where the school locks the allow list, it is the school's.
        if (fields.allowDomains.locked) throw new MessageRefused({ code: 'locked', detail: 'allowDomains' });
        if (chosen === 'always') {
          // "Always" lands in the parent's own allow list, where it can be seen and removed later.
          const stored = repairParentSettings(await parentSettingsItem.getValue()).value;
          // The parent's own list (or the preset's), never the merged one: a school's entries must not be copied into the
          // parent's settings, where they would outlive the school removing them.
          const own = stored.allowDomains ?? resolvePolicy(DEFAULT_POLICY, stored, null).policy.allowDomains;
          const allow = [...new Set([...own, request.domain])];
          await parentSettingsItem.setValue({ ...stored, allowDomains: allow });
        } else {
          const approvals = (await approvalsItem.getValue()).filter((a) => a.domain !== request.domain);
          await approvalsItem.setValue([...approvals, { domain: request.domain, until }]);
        }
        request.status = 'approved';
        request.until = until;
      } else {
        request.status = 'declined';
      }
      request.decidedAt = now;
      if (note?.trim()) request.note = note.trim();
      await accessRequestsItem.setValue(requests);
      deps.events.log('access_request', request.category, {
        status: decision === 'approve' ? 'approved' : 'declined',
      });
      await deps.policy.refresh();
      return accessState();
    },

    'lists/status': listsState,

    'lists/sync': async () => {
      await deps.syncLists(true);
      return listsState();
    },
  };
}
