/**
 * Reads a chat page through an adapter: the open conversation's message list, its rows (who wrote each, the text),
 * the compose box and the conversation key. Every selector is tried defensively (an invalid or unmatched selector is
 * a miss, never an exception into the page), and a site whose own selectors stop matching falls back to the generic
 * adapter. Text is read with textContent only: nothing from the page is ever parsed as HTML.
 */
import type { Sender } from '../types';
import { generic } from './generic';
import type { ChatRow, ChatSiteAdapter } from './types';

/** Longer messages are cut: the engine needs phrases, not essays, and this bounds the work per row. */
export const MAX_TEXT = 2_000;

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // an unsupported selector in this browser: try the next
    }
  }
  return null;
}

function matchesAny(element: Element, selectors: readonly string[] | undefined): boolean {
  if (!selectors) return false;
  for (const selector of selectors) {
    try {
      if (element.matches(selector) || element.querySelector(selector)) return true;
    } catch {
      // ignore
    }
  }
  return false;
}

export interface ChatPage {
  adapter: ChatSiteAdapter;
  log: Element;
  /** The row selector that matched on this page (set by rowsOf), so new rows can be found without a full scan. */
  rowSelector?: string;
}

/** The message list of the open conversation, with the adapter that found it (the site's own, else generic). */
export function findChatPage(adapter: ChatSiteAdapter, doc: Document): ChatPage | null {
  const own = first(doc, adapter.log);
  if (own) return { adapter, log: own };
  if (adapter.id === 'generic') return null;
  const fallback = first(doc, generic.log);
  return fallback ? { adapter: generic, log: fallback } : null;
}

function outermost(page: ChatPage, rows: Element[], selector: string): Element[] {
  return rows.filter((row) => {
    const outer = row.parentElement?.closest(selector);
    return !outer || !page.log.contains(outer) || outer === page.log;
  });
}

/** Rows in document order, outermost matches only (a row inside another row is part of it). */
export function rowsOf(page: ChatPage): Element[] {
  for (const selector of page.adapter.row) {
    let found: Element[];
    try {
      found = Array.from(page.log.querySelectorAll(selector));
    } catch {
      continue;
    }
    if (found.length === 0) continue;
    page.rowSelector = selector;
    return outermost(page, found, selector);
  }
  return [];
}

/**
 * Rows inside nodes the page just added (from MutationObserver records): the cheap path for each new message, with
 * no rescan of the whole history. Null when the page's row selector is not known yet (the caller does a full scan).
 */
export function rowsIn(page: ChatPage, added: readonly Node[]): Element[] | null {
  const selector = page.rowSelector;
  if (!selector) return null;
  const rows: Element[] = [];
  for (const node of added) {
    if (node.nodeType !== 1 || !page.log.contains(node)) continue;
    const element = node as Element;
    try {
      if (element.matches(selector)) rows.push(element);
      else {
        const inside = element.closest(selector);
        if (inside && page.log.contains(inside) && inside !== page.log) rows.push(inside);
        else rows.push(...Array.from(element.querySelectorAll(selector)));
      }
    } catch {
      return null;
    }
  }
  return outermost(page, [...new Set(rows)], selector);
}

/**
 * Who wrote a row: the adapter's markers first; otherwise on-screen alignment (your own messages sit towards the
 * inline end: the right in left-to-right pages, the left in right-to-left ones). Without layout: the contact.
 */
export function senderOf(page: ChatPage, row: Element): Sender {
  if (matchesAny(row, page.adapter.outgoing)) return 'teen';
  if (matchesAny(row, page.adapter.incoming)) return 'contact';
  // The bubble: the text element, else the row's first child; a box as wide as the list says nothing about sides.
  const bubble = first(row, page.adapter.text ?? []) ?? row.firstElementChild ?? row;
  const box = bubble.getBoundingClientRect?.();
  const area = page.log.getBoundingClientRect?.();
  if (!box || !area || area.width === 0 || box.width === 0 || box.width > area.width * 0.85) return 'contact';
  const rtl = (row.ownerDocument.documentElement.getAttribute('dir') ?? '').toLowerCase() === 'rtl';
  const towardsEnd = rtl
    ? box.left - area.left < area.right - box.right - 24
    : area.right - box.right < box.left - area.left - 24;
  return towardsEnd ? 'teen' : 'contact';
}

export function textOf(page: ChatPage, row: Element): string {
  const holder = first(row, page.adapter.text ?? []) ?? row;
  const text = (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

export function readRow(page: ChatPage, row: Element): ChatRow | null {
  const text = textOf(page, row);
  if (!text) return null;
  return { element: row, from: senderOf(page, row), text };
}

/**
 * Reads rows in order. Where the site names authors instead of marking sides (Discord), a row's author is compared
 * with the signed-in user's name, and a row without a name continues the previous author.
 */
export function readRows(page: ChatPage, rows: readonly Element[], previous?: Element): ChatRow[] {
  const author = page.adapter.author;
  const out: ChatRow[] = [];
  if (!author) {
    for (const row of rows) {
      const read = readRow(page, row);
      if (read) out.push(read);
    }
    return out;
  }
  const self = (first(page.log.ownerDocument, author.self)?.textContent ?? '').trim();
  const nameOf = (row: Element) => (first(row, author.row)?.textContent ?? '').trim();
  let current: string | null = null;
  if (previous) {
    // Walk back to the last named row before the new ones, so a continuation keeps its author.
    for (let p: Element | null = previous; p && current === null; p = p.previousElementSibling) {
      const name = nameOf(p);
      if (name) current = name;
    }
  }
  for (const row of rows) {
    const name = nameOf(row);
    if (name) current = name;
    const text = textOf(page, row);
    if (!text) continue;
    const from = self && current ? (current === self ? 'teen' : 'contact') : senderOf(page, row);
    out.push({ element: row, from, text });
  }
  return out;
}

/** A stable key for the open conversation (hashed by the background before anything is stored). */
export function conversationKey(
  adapter: ChatSiteAdapter,
  doc: Document,
  location: Location | URL,
): string | null {
  const key = adapter.key;
  if (key.from === 'path') return location.pathname.replace(/\/+$/, '') || null;
  if (key.from === 'hash') return location.hash.replace(/^#/, '') || null;
  if (key.from !== 'header') return null;
  const header = first(doc, key.selector);
  const title = header?.getAttribute('title') ?? header?.textContent ?? '';
  return title.trim() ? title.trim().slice(0, 200) : null;
}

export function composeBoxOf(adapter: ChatSiteAdapter, doc: Document): HTMLElement | null {
  return (first(doc, adapter.compose) ?? first(doc, generic.compose)) as HTMLElement | null;
}
