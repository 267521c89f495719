import type { AsyncLocalStorage } from 'node:async_hooks';
import type { createStore } from './page-store.mjs';
export declare const serving: {
  store: ReturnType<typeof createStore>;
  requests: AsyncLocalStorage<{ canonical: boolean }>;
  fastPath: boolean;
};
