import { createInterlogApi, type InterlogApi } from '@interlog/api-client';
import { createTokenProvider, loadClientConfig, SignInError } from '@interlog/auth';
import type { SendHost } from '../host/send-host';

/**
 * The API client signed in the way the pane signs in (local tokens, or nested app
 * authentication), but silently only: an event runtime cannot open a sign-in window, and
 * the Office dialog API is blocked there.
 */
export async function connectToInterlog(
  host: Pick<SendHost, 'support'> | { support(): { nestedAppAuth: boolean } },
  origin: string,
  timeoutMs: number,
): Promise<InterlogApi> {
  // Absolute URLs: classic Outlook's JavaScript-only runtime has no page to resolve a path against.
  const apiBase = `${origin}/api/v1`;
  const clientConfig = await loadClientConfig(apiBase);
  const tokens = createTokenProvider({
    apiBase,
    clientConfig,
    supportsNestedAppAuth: () => host.support().nestedAppAuth,
    fallbackSignIn: () =>
      Promise.reject(new SignInError('Sign in from the Interlog pane: this Outlook has no nested app authentication.')),
    interactive: false,
  });
  return createInterlogApi({ baseUrl: apiBase, getToken: () => tokens.getToken(), timeoutMs });
}
