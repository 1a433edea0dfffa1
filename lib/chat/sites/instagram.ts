import type { ChatSiteAdapter } from './types';

/**
 * Instagram direct messages (www.instagram.com/direct/t/<thread>/): class names are generated, so the adapter relies
 * on ARIA roles and the thread id in the URL; which side wrote a row comes from its on-screen alignment.
 */
export const instagram: ChatSiteAdapter = {
  id: 'instagram',
  hosts: ['www.instagram.com'],
  paths: ['/direct/'],
  log: ['[aria-label^="Messages in conversation"]', 'div[role="grid"]', 'div[role="main"] [role="list"]'],
  row: ['[role="row"]', '[role="listitem"]', ':scope > div'],
  text: ['div[dir="auto"]', 'span[dir="auto"]'],
  compose: ['div[role="textbox"][contenteditable="true"]', 'textarea'],
  key: { from: 'path' },
  helpKey: 'instagram',
  sources: [
    'Instagram web DM markup (ARIA roles row/grid, aria-label "Messages in conversation with …") as seen in public accessibility audits and scraping write-ups',
    'Instagram Help Center, "Block or report someone in a chat"',
  ],
};
