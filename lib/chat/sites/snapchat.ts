import type { ChatSiteAdapter } from './types';

/**
 * Snapchat for web (www.snapchat.com/web/<id>, formerly web.snapchat.com): generated class names; the chat list is
 * an ARIA list, direction from alignment, key from the conversation id in the URL.
 */
export const snapchat: ChatSiteAdapter = {
  id: 'snapchat',
  hosts: ['web.snapchat.com', 'www.snapchat.com'],
  paths: ['/web', '/'],
  log: ['[role="log"]', 'main [role="list"]', 'ul[aria-label]'],
  row: ['[role="listitem"]', 'li'],
  text: ['span[dir="auto"]', 'div[dir="auto"]', 'p'],
  compose: ['div[role="textbox"][contenteditable="true"]', 'textarea'],
  key: { from: 'path' },
  helpKey: 'snapchat',
  sources: [
    'Snapchat for Web help page ("Snapchat for Web", help.snapchat.com) and its ARIA list markup',
    'Snapchat Support, "How do I block or report a Snapchatter?"',
  ],
};
