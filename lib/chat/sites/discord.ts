import type { ChatSiteAdapter } from './types';

/**
 * Discord (discord.com/channels/@me/<channel>): the message list is ol[data-list-id="chat-messages"] with rows
 * li[id^="chat-messages-"]; the text is div[id^="message-content-"]. Discord does not mark your own messages, so the
 * author's name in a row is compared with the signed-in user's name in the user area.
 */
export const discord: ChatSiteAdapter = {
  id: 'discord',
  hosts: ['discord.com', 'ptb.discord.com', 'canary.discord.com'],
  paths: ['/channels/@me/'],
  log: ['ol[data-list-id="chat-messages"]', 'main [role="list"]'],
  row: ['li[id^="chat-messages-"]', '[role="listitem"]'],
  author: {
    row: ['span[id^="message-username-"]', 'h3 [class*="username"]'],
    self: [
      'section[aria-label="User area"] [class*="nameTag"] [class*="title"]',
      '[class*="panelTitleContainer"]',
    ],
  },
  text: ['div[id^="message-content-"]'],
  compose: ['div[role="textbox"][data-slate-editor="true"]', 'div[role="textbox"]'],
  key: { from: 'path' },
  helpKey: 'discord',
  sources: [
    'Discord web client markup (data-list-id="chat-messages", ids chat-messages-*, message-content-*) as used by open-source client mods, e.g. github.com/Vencord/Vencord',
    'Discord Safety Center, "How to block or report a user"',
  ],
};
