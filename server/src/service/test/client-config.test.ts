import { startTestApp } from '../../../../test/support/test-app';
import { startWebApp } from '../../../../test/support/web-app';

describe('GET /client-config', () => {
  test('When the server checks Entra ID tokens, then the clients are told to sign in with its client id, authority and API scope', async () => {
    const app = await startTestApp({
      label: 'client_config',
      config: {
        auth: { audience: 'api://interlog.example/c0ffee00', clientId: 'c0ffee00-0000-4000-8000-000000000001' },
      },
    });
    try {
      const res = await fetch(`${app.baseUrl}/client-config`);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.auth).toMatchObject({
        mode: 'entra',
        clientId: 'c0ffee00-0000-4000-8000-000000000001',
        authority: 'https://login.microsoftonline.com/organizations',
      });
      expect(body.auth.apiScope).toBe('api://interlog.example/c0ffee00/access_as_user');
    } finally {
      await app.stop();
    }
  });

  test('When the API scope is configured, then it replaces the default', async () => {
    const app = await startTestApp({
      label: 'client_config_scope',
      config: {
        auth: {
          audience: 'api://interlog.example/abc',
          apiScope: 'api://interlog.example/abc/access_as_user',
          authority: 'https://login.microsoftonline.com/contoso.example',
        },
      },
    });
    try {
      const body = await (await fetch(`${app.baseUrl}/client-config`)).json();
      expect(body.auth).toMatchObject({
        apiScope: 'api://interlog.example/abc/access_as_user',
        authority: 'https://login.microsoftonline.com/contoso.example',
      });
    } finally {
      await app.stop();
    }
  });

  test('When AUTH_CLIENT_ID, AUTH_AUTHORITY and AUTH_API_SCOPE are set in the environment, then the clients are told those', async () => {
    const settings = {
      AUTH_CLIENT_ID: 'c0ffee00-0000-4000-8000-000000000002',
      AUTH_AUTHORITY: 'https://login.microsoftonline.com/fabrikam.example',
      AUTH_API_SCOPE: 'api://interlog.example/env/user_impersonation',
    };
    const saved = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]));
    Object.assign(process.env, settings);
    try {
      const app = await startTestApp({ label: 'client_config_env' });
      try {
        const res = await fetch(`${app.baseUrl}/client-config`);
        expect(await res.json()).toEqual({
          auth: {
            mode: 'entra',
            clientId: settings.AUTH_CLIENT_ID,
            authority: settings.AUTH_AUTHORITY,
            apiScope: settings.AUTH_API_SCOPE,
          },
        });
      } finally {
        await app.stop();
      }
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  test('When the server runs in local mode, then the clients are told to use local tokens', async () => {
    const web = await startWebApp('client_config_local');
    try {
      expect(await (await fetch(`${web.origin}/api/v1/client-config`)).json()).toEqual({ auth: { mode: 'local' } });
    } finally {
      await web.stop();
    }
  });
});
