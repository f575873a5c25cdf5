import { loadClientConfig } from '@interlog/auth';
import { API_BASE } from './api-base';

let clientConfigRequest: ReturnType<typeof loadClientConfig> | null = null;

/** Starts reading the sign-in settings while the host library (Office.js, teams-js) is still starting. */
export function prefetchClientConfig() {
  clientConfigRequest ??= loadClientConfig(API_BASE);
  clientConfigRequest.catch(() => {
    clientConfigRequest = null;
  });
  return clientConfigRequest;
}
