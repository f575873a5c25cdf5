import type { ClientConfig } from '@interlog/api-client';
import { loadClientConfig, localTokenProvider, type TokenProvider } from '@interlog/auth';
import { API_BASE } from './api-base';

let clientConfigRequest: Promise<ClientConfig> | null = null;
let localTokens: TokenProvider | null = null;

/**
 * Starts reading the sign-in settings while the host library (Office.js, teams-js) is still starting, and in
 * local mode the first token as soon as they say so (a host's sign-in needs the host, so it waits for it).
 */
export function prefetchClientConfig() {
  if (!clientConfigRequest) {
    clientConfigRequest = loadClientConfig(API_BASE);
    clientConfigRequest.then(
      (clientConfig) => {
        if (clientConfig.auth.mode === 'local')
          void localTokenSource()
            .getToken()
            .catch(() => undefined);
      },
      () => {
        clientConfigRequest = null;
      },
    );
  }
  return clientConfigRequest;
}

/** Local mode's tokens, one source for the page: the token asked for early is the one its first reads use. */
export function localTokenSource(): TokenProvider {
  localTokens ??= localTokenProvider(API_BASE);
  return localTokens;
}
