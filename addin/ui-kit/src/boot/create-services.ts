import { createInterlogApi, OfflineQueue, type QueueStorage } from '@interlog/api-client';
import { createTokenProvider, loadClientConfig, type FallbackSignIn } from '@interlog/auth';
import { createI18n } from '@interlog/i18n';
import { loadReferenceData } from '../hooks/use-reference-data';

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
  supportsNestedAppAuth: () => boolean;
  fallbackSignIn: FallbackSignIn;
  storage?: QueueStorage;
}

/** i18n, sign-in, API client, offline queue and the reference data, wired for one host. */
export async function createServices({ language, supportsNestedAppAuth, fallbackSignIn, storage }: HostSignIn) {
  const [i18n, clientConfig] = await Promise.all([createI18n(language), prefetchClientConfig()]);
  const tokens = createTokenProvider({ apiBase: API_BASE, clientConfig, supportsNestedAppAuth, fallbackSignIn });
  if (clientConfig.auth.mode === 'local') void tokens.getToken().catch(() => undefined);
  const api = createInterlogApi({ baseUrl: API_BASE, getToken: () => tokens.getToken() });
  void loadReferenceData(api).catch(() => undefined);
  const queue = new OfflineQueue(storage ?? window.localStorage);
  return { i18n, services: { api, queue } };
}
