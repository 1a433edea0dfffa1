/**
 * A chat site adapter is data: CSS selectors for the parts of a chat page Hifazat needs (the open conversation's
 * message list, its rows, which side wrote a row, the text, the compose box, and a stable conversation key).
 * `readChatPage` interprets it; when a site's structure changes and the selectors stop matching, it falls back to
 * the generic adapter (ARIA log/feed regions and on-screen alignment) or to nothing, without throwing into the page.
 */
import type { Sender } from '../types';

export type ChatSiteId =
  'whatsapp' | 'instagram' | 'messenger' | 'discord' | 'telegram' | 'snapchat' | 'generic';

export interface ChatSiteAdapter {
  id: ChatSiteId;
  /** Hostnames (exact) the adapter is for. */
  hosts: readonly string[];
  /** Only pages whose path starts with one of these (e.g. Instagram's /direct/). Empty: every path. */
  paths?: readonly string[];
  /** The open conversation's message list; first selector that matches wins. */
  log: readonly string[];
  /** Message rows, relative to the log. */
  row: readonly string[];
  /** A row matching one of these was written by the teen (outgoing). */
  outgoing?: readonly string[];
  /** A row matching one of these was written by the contact. */
  incoming?: readonly string[];
  /**
   * For sites that do not mark your own messages (Discord): the author's name in a row, and the signed-in user's
   * name on the page. A row without an author continues the previous row's author (grouped messages).
   */
  author?: { row: readonly string[]; self: readonly string[] };
  /** The message text inside a row (first match); the row's own text when none match. */
  text?: readonly string[];
  compose: readonly string[];
  /** Where the conversation key comes from: the URL path / hash, or the text of a header element. */
  key: { from: 'path' | 'hash' } | { from: 'header'; selector: readonly string[] };
  /** Where the person learns to block and report on this site (i18n key suffix). */
  helpKey: string;
  /** Public sources describing the page structure the selectors follow. */
  sources: readonly string[];
}

export interface ChatRow {
  /** The DOM row (kept only while the page shows it). */
  element: Element;
  from: Sender;
  text: string;
}
