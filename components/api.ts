/**
 * The pages' side of lib/messaging.ts: typed requests to the background. Replies are always `Reply<...>`; a missing
 * background (extension reloading) becomes an `internal` error, not an exception in the page.
 */
import { browser } from 'wxt/browser';
import type { MessageType, Payload, Reply, Responses } from '../lib/messaging';

export async function request<T extends MessageType>(
  type: T,
  payload: Payload<T>,
): Promise<Reply<Responses[T]>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<Responses[T]> | undefined;
    return reply ?? { ok: false, error: { code: 'internal' } };
  } catch {
    return { ok: false, error: { code: 'internal' } };
  }
}
