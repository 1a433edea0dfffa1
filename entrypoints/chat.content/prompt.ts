/**
 * The just-in-time prompt and the outgoing nudge, drawn in a closed shadow root so the page cannot read or restyle
 * them and they cannot break the page. Built with createElement and textContent only: nothing from the page (names,
 * messages) is ever shown or parsed as HTML. Keyboard accessible (buttons, Esc to close) and screen-reader labelled.
 */
import type { Category } from '../../lib/chat/types';
import { helpLinesFor, teenCountry } from '../../lib/help/helpLines';
import { chatEn } from '../../lib/i18n/chat.en';
import { chatUr } from '../../lib/i18n/chat.ur';

type Key = keyof typeof chatEn;
export type PromptChoice = 'ok' | 'block_report' | 'help' | 'why' | 'dismissed';

const STYLE = `
:host { all: initial; }
.panel { position: fixed; bottom: 16px; inset-inline-end: 16px; z-index: 2147483647; width: min(360px, calc(100vw - 32px));
  max-height: 75vh; overflow: auto; box-sizing: border-box; background: #fff; color: #1f2a30; border: 2px solid #1d6b5f;
  border-radius: 12px; box-shadow: 0 8px 28px rgba(0,0,0,.25); padding: 14px 16px;
  font: 15px/1.5 system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Nastaliq Urdu', sans-serif; }
.panel[dir=rtl] { line-height: 1.9; }
h2 { font-size: 17px; margin: 0 0 6px; color: #1d6b5f; }
ul { margin: 4px 0 8px; padding-inline-start: 20px; }
p { margin: 6px 0; }
.actions { display: grid; gap: 6px; margin-top: 10px; }
button { font: inherit; cursor: pointer; border-radius: 8px; border: 1px solid #1d6b5f; background: #1d6b5f; color: #fff;
  padding: 6px 10px; text-align: start; }
button.secondary { background: #fff; color: #1d6b5f; }
button:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
.close { position: absolute; top: 6px; inset-inline-end: 8px; background: none; border: 0; color: #566169; font-size: 20px; padding: 2px 6px; }
.more { background: #f7f6f2; border-radius: 8px; padding: 8px 10px; margin-top: 6px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.nudge { position: fixed; z-index: 2147483647; max-width: 320px; background: #fff4dc; color: #5c3d00; border: 1px solid #8a5a00;
  border-radius: 10px; padding: 8px 10px; font: 14px/1.5 system-ui, 'Noto Nastaliq Urdu', sans-serif; box-shadow: 0 4px 14px rgba(0,0,0,.2); }
.nudge button { margin-inline-start: 8px; padding: 2px 8px; }
`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

export class SafetyUi {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private nudge: HTMLElement | null = null;
  private readonly t: (key: Key) => string;
  private readonly dir: 'rtl' | 'ltr';

  constructor(private readonly language: 'en' | 'ur') {
    const catalogue: Record<Key, string> = language === 'ur' ? chatUr : chatEn;
    this.t = (key) => catalogue[key];
    this.dir = language === 'ur' ? 'rtl' : 'ltr';
  }

  private shadow(): ShadowRoot {
    if (this.root && this.host?.isConnected) return this.root;
    this.host = document.createElement('hifazat-safety');
    // Closed to the page. The e2e build opens it so tests can read the prompt the way a person sees it.
    this.root = this.host.attachShadow({ mode: __HIFAZAT_TEST_HOOKS__ ? 'open' : 'closed' });
    const style = el('style', STYLE);
    this.root.append(style);
    document.documentElement.append(this.host);
    return this.root;
  }

  /** For tests: the host element's presence (its shadow root is closed to the page and to tests alike). */
  get hostElement(): HTMLElement | null {
    return this.host;
  }

  showPrompt(options: {
    categories: readonly Category[];
    site: string;
    onChoice: (choice: PromptChoice) => void;
    onKnown: () => void;
  }): void {
    const root = this.shadow();
    root.querySelector('.panel')?.remove();
    const t = this.t;
    const panel = el('section', undefined, 'panel');
    panel.dir = this.dir;
    panel.lang = this.language;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', 'hz-title');
    panel.setAttribute('data-hifazat', 'prompt');
    panel.tabIndex = -1;

    let answered = false;
    const finish = (choice: PromptChoice, close: boolean) => {
      if (!answered) {
        answered = true;
        options.onChoice(choice);
      }
      if (close) panel.remove();
    };

    const announce = el('p', t('chat.prompt.announce'), 'sr');
    announce.setAttribute('aria-live', 'polite');
    const close = el('button', '×', 'close');
    close.type = 'button';
    close.setAttribute('aria-label', t('chat.prompt.close'));
    close.addEventListener('click', () => finish('dismissed', true));
    const title = el('h2', t('chat.prompt.title'));
    title.id = 'hz-title';
    const list = el('ul');
    for (const category of options.categories.slice(0, 4)) {
      list.append(el('li', t(`chat.signal.${category}` as Key)));
    }
    const more = el('div', undefined, 'more');
    more.hidden = true;
    const show = (content: HTMLElement[]) => {
      more.replaceChildren(...content);
      more.hidden = false;
    };

    const button = (label: Key, secondary: boolean, onClick: () => void) => {
      const b = el('button', t(label), secondary ? 'secondary' : undefined);
      b.type = 'button';
      b.addEventListener('click', onClick);
      return b;
    };
    const helpLines = () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const items = el('ul');
      for (const line of helpLinesFor(teenCountry(zone, this.language))) {
        const item = el('li');
        const name = el('strong', line.name);
        item.append(name, document.createTextNode(' '));
        if (line.kind === 'phone') {
          const link = el('a', line.contact);
          link.href = `tel:${line.contact.replace(/[^0-9+]/g, '')}`;
          link.dir = 'ltr';
          item.append(link);
        } else {
          const link = el('a', line.contact.replace(/^https:\/\//, ''));
          link.href = line.contact;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          link.dir = 'ltr';
          item.append(link);
        }
        item.append(el('p', line.about[this.language]));
        items.append(item);
      }
      return [el('p', t('chat.prompt.helpIntro')), items, el('p', t('chat.prompt.reportNotShare'))];
    };

    const actions = el('div', undefined, 'actions');
    actions.append(
      button('chat.prompt.ok', false, () => finish('ok', true)),
      button('chat.prompt.block', true, () => {
        finish('block_report', false);
        show([
          el('p', t(`chat.help.${options.site}` as Key) ?? t('chat.help.generic')),
          el('p', t('chat.prompt.reportNotShare')),
        ]);
      }),
      button('chat.prompt.help', true, () => {
        finish('help', false);
        show(helpLines());
      }),
      button('chat.prompt.why', true, () => {
        finish('why', false);
        show([el('p', t('chat.prompt.whyText'))]);
      }),
      button('chat.prompt.known', true, () => {
        options.onKnown();
        finish('ok', true);
      }),
    );
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        finish('dismissed', true);
      }
    });
    panel.append(
      close,
      announce,
      title,
      el('p', t('chat.prompt.noticed')),
      list,
      el('p', t('chat.prompt.notYourFault')),
      actions,
      more,
    );
    root.append(panel);
  }

  isPromptOpen(): boolean {
    return !!this.root?.querySelector('.panel');
  }

  showNudge(anchor: HTMLElement | null, onDismiss: () => void): void {
    const root = this.shadow();
    if (this.nudge?.isConnected) return;
    const box = el('div', undefined, 'nudge');
    box.dir = this.dir;
    box.lang = this.language;
    box.setAttribute('role', 'status');
    box.setAttribute('data-hifazat', 'nudge');
    box.append(el('span', this.t('chat.nudge.text')));
    const dismiss = el('button', this.t('chat.nudge.dismiss'), 'secondary');
    dismiss.type = 'button';
    dismiss.addEventListener('click', () => {
      box.remove();
      onDismiss();
    });
    box.append(dismiss);
    const rect = anchor?.getBoundingClientRect();
    if (rect && rect.width > 0) {
      box.style.left = `${Math.max(8, rect.left)}px`;
      box.style.bottom = `${Math.max(8, window.innerHeight - rect.top + 8)}px`;
    } else {
      box.style.left = '16px';
      box.style.bottom = '80px';
    }
    this.nudge = box;
    root.append(box);
  }

  hideNudge(): void {
    this.nudge?.remove();
    this.nudge = null;
  }

  isNudgeOpen(): boolean {
    return !!this.nudge?.isConnected;
  }
}
