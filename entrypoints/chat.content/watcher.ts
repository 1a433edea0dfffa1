/**
 * Watches the open conversation: a MutationObserver notes that rows were added, and a short idle-time batch reads
 * only the new rows (no per-node work on the page's main thread beyond reading text), feeds the risk engine, and
 * shows the prompt when the level reaches "elevated". Outgoing text in the compose box is checked for personal
 * details shared with an unknown contact (a hint only: sending is never intercepted or delayed).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { checkOutgoing } from '../../lib/chat/outgoing';
import { adapterFor, type ChatSiteAdapter } from '../../lib/chat/sites';
import {
  composeBoxOf,
  conversationKey,
  findChatPage,
  readRows,
  rowsIn,
  rowsOf,
  type ChatPage,
} from '../../lib/chat/sites/readChatPage';
import { createRiskTracker, type RiskTracker } from '../../lib/chat/tracker';
import type { Category, RiskLevel } from '../../lib/chat/types';
import { SafetyUi } from './prompt';
import { send } from './send';

const ALERT: ReadonlySet<RiskLevel> = new Set(['elevated', 'high']);
/** Rows read per task when catching up on a long history. */
const SLICE = 150;
/** Categories in the order a teen most needs to hear them. */
const SEVERITY: readonly Category[] = [
  'coercion',
  'image_request',
  'meeting',
  'secrecy',
  'platform_switch',
  'alone_check',
  'isolation',
  'gifts_money',
  'personal_info',
  'age_relationship',
  'flattery',
  'self_disclosure',
];

interface Conversation {
  key: string;
  ref: string;
  contactKnown: boolean;
  tracker: RiskTracker;
  seen: WeakSet<Element>;
  prompted: boolean;
  teenWroteToday: boolean;
}

export async function startChatSafety(ctx: ContentScriptContext): Promise<void> {
  const initial = adapterFor(location.host, location.pathname);
  if (!initial) return;
  const site = initial.id;
  const config = await send('chat/config', { site });
  if (!config?.enabled) return;
  const ui = new SafetyUi(config.language);
  let adapter: ChatSiteAdapter = initial;
  let page: ChatPage | null = null;
  let conversation: Conversation | null = null;
  let observer: MutationObserver | null = null;
  let scheduled = false;
  /** Nodes the page added since the last scan, and whether the next scan must read every row. */
  let pendingNodes: Node[] = [];
  let fullScan = true;

  async function openConversation(key: string): Promise<Conversation | null> {
    const state = await send('chat/conversation', { site, key });
    if (!state) return null;
    return {
      key,
      ref: state.ref,
      contactKnown: state.contactKnown,
      tracker: createRiskTracker({ contactKnown: state.contactKnown, sensitivity: config!.sensitivity }),
      seen: new WeakSet(),
      prompted: false,
      teenWroteToday: false,
    };
  }

  async function maybePrompt(c: Conversation) {
    const assessment = c.tracker.current();
    if (c.prompted || !ALERT.has(assessment.level)) return;
    c.prompted = true;
    const allowed = await send('chat/prompt', { ref: c.ref });
    if (!allowed?.allowed) return;
    const present = new Set(assessment.signals.map((s) => s.category));
    const categories = SEVERITY.filter((cat) => present.has(cat));
    const lead = categories[0] ?? 'secrecy';
    ui.showPrompt({
      categories,
      site,
      onChoice: (choice) =>
        void send('chat/promptResult', {
          site,
          level: assessment.level as 'elevated' | 'high',
          category: lead,
          choice,
        }),
      onKnown: () => {
        c.contactKnown = true;
        void send('chat/markKnown', { ref: c.ref });
      },
    });
  }

  /** Reads rows not seen before, in order, into the engine. */
  /** e2e build only: main-thread time spent in our callbacks, for the benchmark. */
  let costMs = 0;
  const noteCost = (since: number) => {
    if (!__HIFAZAT_TEST_HOOKS__) return;
    costMs += performance.now() - since;
    document.documentElement.setAttribute('data-hifazat-cost-ms', costMs.toFixed(3));
  };

  async function scan() {
    const started = performance.now();
    try {
      await scanNow();
    } finally {
      noteCost(started);
    }
  }

  async function scanNow() {
    scheduled = false;
    if (!ctx.isValid) return;
    // The list found last time is kept while it is on the page (no document-wide query per message).
    const found = page?.log.isConnected ? page : findChatPage(adapter, document);
    if (!found) return;
    if (found.log !== page?.log) attach(found);
    const key = (
      conversationKey(page!.adapter, document, location) ?? `${location.pathname}${location.hash}`
    ).slice(0, 512);
    if (!conversation || conversation.key !== key) {
      conversation = await openConversation(key);
      fullScan = true;
      if (!conversation) return;
    }
    const c = conversation;
    const now = Date.now();
    let teenWrote = false;
    // New rows come from the observer's records; a full scan only when the list or conversation is new.
    const added = pendingNodes;
    pendingNodes = [];
    const candidates = (fullScan ? null : rowsIn(page!, added)) ?? rowsOf(page!);
    fullScan = false;
    const fresh = candidates.filter((element) => !c.seen.has(element));
    for (const element of fresh) c.seen.add(element);
    // A long history (thousands of messages on opening a chat) is read in slices, giving the page its turn in
    // between, so no single task of ours grows long.
    for (let start = 0; start < fresh.length; start += SLICE) {
      if (start > 0) await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), 0));
      const slice = fresh.slice(start, start + SLICE);
      for (const row of readRows(page!, slice, slice[0]?.previousElementSibling ?? undefined)) {
        c.tracker.push({ from: row.from, text: row.text, ts: now });
        if (row.from === 'teen') teenWrote = true;
      }
    }
    if (teenWrote && !c.teenWroteToday) {
      c.teenWroteToday = true;
      const state = await send('chat/activity', { ref: c.ref });
      if (state) c.contactKnown = state.contactKnown;
    }
    await maybePrompt(c);
  }

  // Scans run one after another, so messages reach the engine in page order even when a scan yields mid-way.
  let running: Promise<void> = Promise.resolve();
  const runScan = () => {
    running = running.then(scan).catch(() => undefined);
  };

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    // Batch a burst of DOM changes into one read, after the next frame (so the page's layout is already done and
    // reading where a message sits costs no extra layout), at idle time.
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void })
      .requestIdleCallback;
    const later = () => (idle ? idle(runScan, { timeout: 300 }) : ctx.setTimeout(runScan, 50));
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') {
      requestAnimationFrame(() => later());
    } else later();
  }

  function attach(found: ChatPage) {
    observer?.disconnect();
    page = found;
    adapter = found.adapter.id === 'generic' ? adapter : found.adapter;
    fullScan = true;
    pendingNodes = [];
    observer = new MutationObserver((records) => {
      const started = performance.now();
      for (const record of records) for (const node of Array.from(record.addedNodes)) pendingNodes.push(node);
      schedule();
      noteCost(started);
    });
    observer.observe(found.log, { childList: true, subtree: true });
  }

  // The chat list may not exist yet (single-page apps draw it later) or may be replaced when another chat opens.
  ctx.setInterval(() => {
    if (
      !page?.log.isConnected ||
      (conversation && conversation.key !== conversationKey(adapter, document, location))
    ) {
      schedule();
    }
  }, 1_000);
  schedule();

  // Outgoing nudge: personal details typed to an unknown contact. Reads the compose box, never changes it.
  let nudgeTimer: number | undefined;
  let nudgeShown = false;
  document.addEventListener(
    'input',
    (event) => {
      const box = composeBoxOf(adapter, document);
      const target = event.target as Node | null;
      if (!box || !target || !(box === target || box.contains(target))) return;
      if (nudgeTimer !== undefined) clearTimeout(nudgeTimer);
      nudgeTimer = ctx.setTimeout(() => {
        const c = conversation;
        if (!c || c.contactKnown) return;
        const text = ('value' in box ? String((box as HTMLTextAreaElement).value) : box.textContent) ?? '';
        const disclosure = text.length <= 2_000 ? checkOutgoing(text) : null;
        if (!disclosure) {
          ui.hideNudge();
          return;
        }
        if (ui.isNudgeOpen() || nudgeShown) return;
        nudgeShown = true;
        ui.showNudge(
          box,
          () => void send('chat/nudge', { site, kind: disclosure.kind, choice: 'dismissed' }),
        );
      }, 400);
    },
    true,
  );
}
