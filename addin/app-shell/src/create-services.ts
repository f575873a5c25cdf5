import { createInterlogApi, OfflineQueue, type InterlogApi, type QueueStorage } from '@interlog/api-client';
import { createTokenProvider, loadClientConfig, type FallbackSignIn } from '@interlog/auth';
import { createI18n, type Area } from '@interlog/i18n';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from './query-client';

import { API_BASE } from './api-base';

export { API_BASE };

let clientConfigRequest: ReturnType<typeof loadClientConfig> | null = null;

/** Starts reading the sign-in settings while the host library (Office.js, teams-js) is still starting. */
export function prefetchClientConfig() {
  clientConfigRequest ??= loadClientConfig(API_BASE);
  clientConfigRequest.catch(() => {
    clientConfigRequest = null;
  });
  return clientConfigRequest;
}

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

/** i18n, sign-in, API client, server-state cache and offline queue for one host; `warmUp` starts the first reads. */
export async function createServices(host: HostSignIn) {
  const { language, areas, supportsNestedAppAuth, fallbackSignIn, storage, warmUp } = host;
  const [i18n, clientConfig] = await Promise.all([createI18n(language, areas), prefetchClientConfig()]);
  const tokens = createTokenProvider({ apiBase: API_BASE, clientConfig, supportsNestedAppAuth, fallbackSignIn });
  if (clientConfig.auth.mode === 'local') void tokens.getToken().catch(() => undefined);
  const api = createInterlogApi({ baseUrl: API_BASE, getToken: () => tokens.getToken() });
  const queryClient = createQueryClient();
  void warmUp?.(api, queryClient).catch(() => undefined);
  const queue = new OfflineQueue(storage ?? window.localStorage);
  return { i18n, services: { api, queue, queryClient } };
}
