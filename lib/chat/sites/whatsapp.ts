import type { ChatSiteAdapter } from './types';

/** WhatsApp Web: incoming and outgoing rows carry message-in / message-out classes inside #main. */
export const whatsapp: ChatSiteAdapter = {
  id: 'whatsapp',
  hosts: ['web.whatsapp.com'],
  log: ['#main [role="application"]', '#main div[data-tab="8"]', '#main'],
  row: ['div.message-in, div.message-out', 'div[data-id]'],
  outgoing: ['.message-out', '[data-id^="true_"]'],
  incoming: ['.message-in', '[data-id^="false_"]'],
  text: ['span.selectable-text', '.copyable-text span[dir]', '.copyable-text'],
  compose: ['footer div[contenteditable="true"]', '#main footer [contenteditable="true"]'],
  key: { from: 'header', selector: ['#main header span[title]', '#main header [dir="auto"]'] },
  helpKey: 'whatsapp',
  sources: [
    'WhatsApp Web page structure as used by open-source tools, e.g. github.com/pedroslopez/whatsapp-web.js (message-in/message-out rows, #main, footer contenteditable)',
    'WhatsApp Help Center, "How to block and report contacts"',
  ],
};
