import type { ChatSiteAdapter } from './types';

/**
 * Facebook Messenger on the web (www.messenger.com/t/<id>, www.facebook.com/messages/t/<id>): generated class
 * names; rows are ARIA rows, direction from alignment, key from the thread id in the URL.
 */
export const messenger: ChatSiteAdapter = {
  id: 'messenger',
  hosts: ['www.messenger.com', 'www.facebook.com', 'web.facebook.com'],
  paths: ['/t/', '/messages/'],
  log: ['[aria-label^="Messages in conversation"]', 'div[role="main"] [role="grid"]', '[role="log"]'],
  row: ['[role="row"]', '[role="gridcell"]'],
  text: ['div[dir="auto"]'],
  compose: ['div[role="textbox"][contenteditable="true"]'],
  key: { from: 'path' },
  helpKey: 'messenger',
  sources: [
    'Messenger web markup (ARIA grid/row, aria-label "Messages in conversation with …") from public accessibility reports',
    'Facebook Help Center, "Block messages from someone on Messenger"',
  ],
};
