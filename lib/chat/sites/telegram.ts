import type { ChatSiteAdapter } from './types';

/**
 * Telegram Web, both clients: K (web.telegram.org/k/: .bubble rows with is-in / is-out) and A
 * (web.telegram.org/a/: .Message rows, .own for yours). The open chat is named in the URL hash (#<peer>).
 */
export const telegram: ChatSiteAdapter = {
  id: 'telegram',
  hosts: ['web.telegram.org'],
  log: ['.bubbles-inner', '.bubbles', '.messages-container', '.MessageList'],
  row: ['.bubble', '.Message'],
  outgoing: ['.is-out', '.own'],
  incoming: ['.is-in'],
  text: ['.translatable-message', '.message', '.text-content'],
  compose: ['.input-message-input[contenteditable="true"]', '#editable-message-text'],
  key: { from: 'hash' },
  helpKey: 'telegram',
  sources: [
    'Telegram Web K source, github.com/morethanwords/tweb (bubble, is-in, is-out, input-message-input)',
    'Telegram Web A source, github.com/Ajaxy/telegram-tt (Message, own, text-content, editable-message-text)',
  ],
};
