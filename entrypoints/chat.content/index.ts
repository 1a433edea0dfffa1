/**
 * Chat safety on chat sites: reads new messages of the open conversation on this device, asks the risk engine, and
 * speaks to the teen at the moment it matters. Runs only where the policy turns chat safety on for the site.
 */
import { CHAT_MATCHES } from '../../lib/chat/sites';
import { startChatSafety } from './watcher';

export default defineContentScript({
  matches: CHAT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    void startChatSafety(ctx).catch((err: unknown) => {
      // Never throw into the page: a chat site must keep working exactly as before. The e2e build says why.
      if (__HIFAZAT_TEST_HOOKS__) console.warn('[hifazat] chat safety stopped', err);
    });
  },
});
