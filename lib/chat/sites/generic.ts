import type { ChatSiteAdapter } from './types';

/**
 * Any other chat page: an ARIA live region (role log or feed) holding message rows. Direction comes from on-screen
 * alignment (your messages sit on the inline-end side). Also the fallback when a site's own selectors stop matching.
 */
export const generic: ChatSiteAdapter = {
  id: 'generic',
  hosts: ['chat.google.com', 'web.skype.com', 'teams.live.com', 'www.roblox.com'],
  log: ['[role="log"]', '[role="feed"]', '[aria-live="polite"][aria-relevant~="additions"]'],
  row: ['[role="article"]', '[role="listitem"]', '[role="row"]', ':scope > *'],
  outgoing: ['[data-outgoing="true"]', '.outgoing', '.sent'],
  incoming: ['[data-outgoing="false"]', '.incoming', '.received'],
  compose: ['[role="textbox"][contenteditable="true"]', 'textarea', 'input[type="text"]'],
  key: { from: 'path' },
  helpKey: 'generic',
  sources: ['WAI-ARIA 1.2: the log and feed roles (w3.org/TR/wai-aria-1.2/#log, #feed)'],
};
