import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

// Each test starts from an empty fake browser (storage, alarms, runtime), as on a fresh install.
beforeEach(() => {
  fakeBrowser.reset();
});

(globalThis as { __HIFAZAT_TEST_HOOKS__?: boolean }).__HIFAZAT_TEST_HOOKS__ = false;
