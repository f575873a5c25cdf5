import { loadClientConfig } from '@interlog/auth';
import { API_BASE } from '@interlog/app-shell';

/**
 * The Office dialog API sign-in, for Outlook versions without Nested App Authentication:
 * MSAL's redirect flow in the dialog, then the access token goes back to the pane.
 */
async function signInInDialog(): Promise<{ accessToken?: string; error?: string }> {
  const config = await loadClientConfig(API_BASE);
  if (config.auth.mode !== 'entra') return { error: 'The server runs in local mode; no Microsoft sign-in is needed.' };
  const { clientId, authority, apiScope } = config.auth;
  const { PublicClientApplication, InteractionRequiredAuthError } = await import('@azure/msal-browser');
  const msal = new PublicClientApplication({
    auth: { clientId, authority, redirectUri: `${window.location.origin}/auth-dialog.html` },
    cache: { cacheLocation: 'localStorage' },
  });
  await msal.initialize();
  const redirected = await msal.handleRedirectPromise();
  if (redirected) return { accessToken: redirected.accessToken };
  const account = msal.getAllAccounts()[0];
  if (account) {
    try {
      return { accessToken: (await msal.acquireTokenSilent({ scopes: [apiScope], account })).accessToken };
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
    }
  }
  await msal.loginRedirect({ scopes: [apiScope] });
  return {};
}

Office.onReady(async () => {
  let message: { accessToken?: string; error?: string };
  try {
    message = await signInInDialog();
  } catch (error) {
    message = { error: error instanceof Error ? error.message : String(error) };
  }
  if (message.accessToken || message.error) Office.context.ui.messageParent(JSON.stringify(message));
});
