/**
 * Local pages shaped like each supported chat site (as the adapters' public sources describe them), served on the
 * real hostnames through the harness. Rows are added by the test one at a time, as text (textContent), the way the
 * real sites show messages. The pages keep a little behaviour of their own (a click counter) so a test can check
 * Hifazat leaves it alone.
 */
export interface ChatSiteFixture {
  site: string;
  url: string;
  host: string;
  path: string;
  body: string;
  /** Source of a function (from: 'contact' | 'teen', text: string) => void appending one message row. */
  addRow: string;
  compose: string;
}

const PAGE_BEHAVIOUR = `<button id="page-counter" onclick="this.dataset.n = String(Number(this.dataset.n || 0) + 1)">count</button>`;

const aligned = (
  rowTag: string,
  rowAttrs: string,
  bubbleAttrs: string,
  logSelector: string,
) => `(from, text) => {
  const row = document.createElement('${rowTag}');
  ${rowAttrs}
  row.style.textAlign = from === 'teen' ? 'right' : 'left';
  const bubble = document.createElement('div');
  ${bubbleAttrs}
  bubble.style.display = 'inline-block';
  bubble.style.maxWidth = '60%';
  bubble.textContent = text;
  row.append(bubble);
  document.querySelector('${logSelector}').append(row);
}`;

export const CHAT_SITES: ChatSiteFixture[] = [
  {
    site: 'whatsapp',
    url: 'https://web.whatsapp.com/',
    host: 'web.whatsapp.com',
    path: '/',
    body: `${PAGE_BEHAVIOUR}<div id="main"><header><span title="Someone new" dir="auto">Someone new</span></header>
      <div role="application" style="width:800px"></div><footer><div contenteditable="true" role="textbox" id="compose"></div></footer></div>`,
    addRow: `(from, text) => {
      const row = document.createElement('div');
      row.className = from === 'teen' ? 'message-out' : 'message-in';
      const copy = document.createElement('div');
      copy.className = 'copyable-text';
      const span = document.createElement('span');
      span.className = 'selectable-text';
      span.textContent = text;
      copy.append(span);
      row.append(copy);
      document.querySelector('#main [role="application"]').append(row);
    }`,
    compose: '#compose',
  },
  {
    site: 'instagram',
    url: 'https://www.instagram.com/direct/t/340282366841710300/',
    host: 'www.instagram.com',
    path: '/direct/t/340282366841710300/',
    body: `${PAGE_BEHAVIOUR}<div role="main"><div aria-label="Messages in conversation with someone" style="width:800px"></div>
      <div role="textbox" contenteditable="true" id="compose"></div></div>`,
    addRow: aligned(
      'div',
      "row.setAttribute('role', 'row');",
      "bubble.setAttribute('dir', 'auto');",
      '[aria-label^="Messages in conversation"]',
    ),
    compose: '#compose',
  },
  {
    site: 'messenger',
    url: 'https://www.messenger.com/t/100012345678901/',
    host: 'www.messenger.com',
    path: '/t/100012345678901/',
    body: `${PAGE_BEHAVIOUR}<div role="main"><div role="grid" aria-label="Messages in conversation with someone" style="width:800px"></div>
      <div role="textbox" contenteditable="true" id="compose"></div></div>`,
    addRow: aligned(
      'div',
      "row.setAttribute('role', 'row');",
      "bubble.setAttribute('dir', 'auto');",
      '[role="grid"]',
    ),
    compose: '#compose',
  },
  {
    site: 'discord',
    url: 'https://discord.com/channels/@me/1100223344556677',
    host: 'discord.com',
    path: '/channels/@me/1100223344556677',
    body: `${PAGE_BEHAVIOUR}<main><ol data-list-id="chat-messages" style="width:800px"></ol>
      <div role="textbox" data-slate-editor="true" contenteditable="true" id="compose"></div></main>
      <section aria-label="User area"><div class="nameTag-x"><div class="title-y">teen_player</div></div></section>`,
    addRow: `(() => { let n = 0; let last = null; return (from, text) => {
      n++;
      const author = from === 'teen' ? 'teen_player' : 'stranger_99';
      const li = document.createElement('li');
      li.id = 'chat-messages-' + n;
      if (author !== last) {
        const name = document.createElement('span');
        name.id = 'message-username-' + n;
        name.textContent = author;
        li.append(name);
      }
      last = author;
      const content = document.createElement('div');
      content.id = 'message-content-' + n;
      content.textContent = text;
      li.append(content);
      document.querySelector('ol[data-list-id="chat-messages"]').append(li);
    }; })()`,
    compose: '#compose',
  },
  {
    site: 'telegram-k',
    url: 'https://web.telegram.org/k/#777000123',
    host: 'web.telegram.org',
    path: '/k/',
    body: `${PAGE_BEHAVIOUR}<div class="bubbles"><div class="bubbles-inner" style="width:800px"></div></div>
      <div class="input-message-input" contenteditable="true" id="compose"></div>`,
    addRow: `(from, text) => {
      const bubble = document.createElement('div');
      bubble.className = 'bubble ' + (from === 'teen' ? 'is-out' : 'is-in');
      const message = document.createElement('div');
      message.className = 'message';
      message.textContent = text;
      bubble.append(message);
      document.querySelector('.bubbles-inner').append(bubble);
    }`,
    compose: '#compose',
  },
  {
    site: 'telegram-a',
    url: 'https://web.telegram.org/a/#777000456',
    host: 'web.telegram.org',
    path: '/a/',
    body: `${PAGE_BEHAVIOUR}<div class="MessageList"><div class="messages-container" style="width:800px"></div></div>
      <div id="editable-message-text" contenteditable="true"></div>`,
    addRow: `(from, text) => {
      const message = document.createElement('div');
      message.className = 'Message' + (from === 'teen' ? ' own' : '');
      const content = document.createElement('div');
      content.className = 'text-content';
      content.textContent = text;
      message.append(content);
      document.querySelector('.messages-container').append(message);
    }`,
    compose: '#editable-message-text',
  },
  {
    site: 'snapchat',
    url: 'https://www.snapchat.com/web/5f2c1e00-aaaa-bbbb-cccc-123456789abc',
    host: 'www.snapchat.com',
    path: '/web/5f2c1e00-aaaa-bbbb-cccc-123456789abc',
    body: `${PAGE_BEHAVIOUR}<main><ul role="log" aria-label="Chat" style="width:800px;list-style:none"></ul>
      <div role="textbox" contenteditable="true" id="compose"></div></main>`,
    addRow: aligned(
      'li',
      "row.setAttribute('role', 'listitem');",
      "bubble.setAttribute('dir', 'auto');",
      '[role="log"]',
    ),
    compose: '#compose',
  },
  {
    site: 'generic',
    url: 'https://chat.google.com/room/AAAAbbbbCCC',
    host: 'chat.google.com',
    path: '/room/AAAAbbbbCCC',
    body: `${PAGE_BEHAVIOUR}<main><div role="log" aria-live="polite" style="width:800px"></div>
      <textarea id="compose" aria-label="Message"></textarea></main>`,
    addRow: aligned('div', "row.setAttribute('role', 'article');", '', '[role="log"]'),
    compose: '#compose',
  },
];

export function pageHtml(fixture: ChatSiteFixture, title = 'Chat'): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${fixture.body}</body></html>`;
}
