import type { ClientConfig } from '@interlog/api-client';

export interface TokenProvider {
  getToken(): Promise<string>;
}

/** Where a host signs in when Nested App Authentication is not available (Office dialog, Teams SSO). */
export type FallbackSignIn = (settings: EntraSettings) => Promise<string>;

export type EntraSettings = Extract<ClientConfig['auth'], { mode: 'entra' }>;

export interface TokenProviderOptions {
  apiBase: string;
  clientConfig: ClientConfig;
  /** The host says whether it brokers tokens for nested apps (NAA). */
  supportsNestedAppAuth: () => boolean;
  fallbackSignIn: FallbackSignIn;
  fetchImpl?: typeof fetch;
  /**
   * False where no sign-in window may open (an event-based runtime such as on-send): only a
   * silent token, otherwise a SignInError. Defaults to true.
   */
  interactive?: boolean;
}

export class SignInError extends Error {
  constructor(
    message: string,
    readonly consentRequired = false,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const { clientConfig } = options;
  if (clientConfig.auth.mode === 'local') return localTokenProvider(options.apiBase, options.fetchImpl);
  const settings = clientConfig.auth;
  return options.supportsNestedAppAuth()
    ? nestedAppTokenProvider(settings, options.interactive ?? true)
    : cachedProvider(() => options.fallbackSignIn(settings));
}

/** Local mode: the server itself issues tokens for the demo tenant. */
export function localTokenProvider(apiBase: string, fetchImpl: typeof fetch = fetch): TokenProvider {
  return cachedProvider(async () => {
    const response = await fetchImpl(`${apiBase}/local/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    if (!response.ok) throw new SignInError(`The local token endpoint answered ${response.status}.`);
    const { accessToken } = (await response.json()) as { accessToken: string };
    return accessToken;
  });
}

function nestedAppTokenProvider(settings: EntraSettings, interactive: boolean): TokenProvider {
  let app: Promise<import('@azure/msal-browser').IPublicClientApplication> | null = null;
  return {
    async getToken() {
      const msal = await import('@azure/msal-browser');
      app ??= msal.createNestablePublicClientApplication({
        auth: { clientId: settings.clientId, authority: settings.authority },
      });
      const client = await app;
      const request = { scopes: [settings.apiScope] };
      try {
        return (await client.acquireTokenSilent(request)).accessToken;
      } catch (error) {
        if (!(error instanceof msal.InteractionRequiredAuthError) || !interactive)
          throw new SignInError(error instanceof Error ? error.message : String(error));
        try {
          return (await client.acquireTokenPopup(request)).accessToken;
        } catch (popupError) {
          const message = popupError instanceof Error ? popupError.message : String(popupError);
          throw new SignInError(message, /consent|AADSTS65001/i.test(message));
        }
      }
    },
  };
}

/** Reuses a token until shortly before it expires (read from its `exp` claim). */
function cachedProvider(fetchToken: () => Promise<string>): TokenProvider {
  let cached: { token: string; expiresAt: number } | null = null;
  let pending: Promise<string> | null = null;
  return {
    async getToken() {
      if (cached && cached.expiresAt - 60_000 > Date.now()) return cached.token;
      pending ??= fetchToken()
        .then((token) => {
          cached = { token, expiresAt: expiryOf(token) };
          return token;
        })
        .finally(() => {
          pending = null;
        });
      return pending;
    },
  };
}

function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return payload.exp ? payload.exp * 1000 : Date.now() + 5 * 60_000;
  } catch {
    return Date.now() + 5 * 60_000;
  }
}

export async function loadClientConfig(apiBase: string, fetchImpl: typeof fetch = fetch): Promise<ClientConfig> {
  const response = await fetchImpl(`${apiBase}/client-config`);
  if (!response.ok) throw new SignInError(`The sign-in settings could not be read (HTTP ${response.status}).`);
  return (await response.json()) as ClientConfig;
}
