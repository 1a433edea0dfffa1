/** The content script's side of lib/messaging.ts (type-only import: no validation library in the page). */
import { browser } from 'wxt/browser';
import type { MessageType, Payload, Reply, Responses } from '../../lib/messaging';

export async function send<T extends MessageType>(
  type: T,
  payload: Payload<T>,
): Promise<Responses[T] | null> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<Responses[T]> | undefined;
    return reply?.ok ? reply.data : null;
  } catch {
    return null; // the extension was reloaded or the worker is waking: try again on the next message
  }
}
