/** Every chat site adapter, and which one serves a page. */
import { discord } from './discord';
import { generic } from './generic';
import { instagram } from './instagram';
import { messenger } from './messenger';
import { snapchat } from './snapchat';
import { telegram } from './telegram';
import type { ChatSiteAdapter, ChatSiteId } from './types';
import { whatsapp } from './whatsapp';

export const ADAPTERS: readonly ChatSiteAdapter[] = [
  whatsapp,
  instagram,
  messenger,
  discord,
  telegram,
  snapchat,
  generic,
];

/** Host patterns for the content script's `matches` (derived from the adapters, so they cannot drift). */
export const CHAT_MATCHES: string[] = [...new Set(ADAPTERS.flatMap((a) => a.hosts))].map(
  (h) => `https://${h}/*`,
);

export function adapterFor(host: string, path: string): ChatSiteAdapter | null {
  return (
    ADAPTERS.find((a) => a.hosts.includes(host) && (!a.paths || a.paths.some((p) => path.startsWith(p)))) ??
    null
  );
}

export function adapterById(id: ChatSiteId): ChatSiteAdapter {
  return ADAPTERS.find((a) => a.id === id) ?? generic;
}

export type { ChatRow, ChatSiteAdapter, ChatSiteId } from './types';
