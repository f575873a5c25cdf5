import { createInterlogApi, OfflineQueue, type InterlogApi, type QueueStorage } from '@interlog/api-client';
import { createTokenProvider, type FallbackSignIn } from '@interlog/auth';
import type { Area } from '@interlog/i18n';
import type { QueryClient } from '@tanstack/react-query';
import { API_BASE } from './api-base';
import { localTokenSource, prefetchClientConfig } from './client-config';
import { createQueryClient } from './query-client';
import { nextTask } from './next-task';
import { pageStrings } from './page-strings';

export interface HostSignIn {
  language: string;
  /** The string areas the page shows besides the main file (all of them unless it says). */
  areas?: readonly Area[];
  supportsNestedAppAuth: () => boolean;
  fallbackSignIn: FallbackSignIn;
  storage?: QueueStorage;
  /** Started as soon as the API client exists, before the first render (the pages prefetch the reference data). */
  warmUp?: (api: InterlogApi, queryClient: QueryClient) => Promise<unknown>;
}

/**
 * i18n, sign-in, API client, server-state cache and offline queue for one host. The page's strings load while
 * the sign-in settings, the token and `warmUp`'s first reads go ahead; the promise resolves when both are there.
 */
export async function createServices(host: HostSignIn) {
  const { language, areas, supportsNestedAppAuth, fallbackSignIn, storage, warmUp } = host;
  const i18n = pageStrings(language, areas);
  // Local mode's first token is asked for with the settings (prefetchClientConfig); a host's sign-in starts with
  // the first read.
  const tokens = prefetchClientConfig().then((clientConfig) =>
    clientConfig.auth.mode === 'local'
      ? localTokenSource()
      : createTokenProvider({ apiBase: API_BASE, clientConfig, supportsNestedAppAuth, fallbackSignIn }),
  );
  const api = createInterlogApi({ baseUrl: API_BASE, getToken: async () => (await tokens).getToken() });
  const queryClient = createQueryClient();
  void warmUp?.(api, queryClient).catch(() => undefined);
  const queue = new OfflineQueue(storage ?? window.localStorage);
  const [strings] = await Promise.all([i18n, tokens]);
  await nextTask();
  return { i18n: strings, services: { api, queue, queryClient } };
}
