import { Type } from '@sinclair/typebox';
import { AppError } from '../../lib/errors/app-error';
import { pingDatabase } from '../../lib/db/connect';
import { defineRoute, type RouteDefinition } from '../../lib/http/route-registry';
import type { LocalTokenIssuer } from '../../lib/auth/local-token-issuer';
import { ClientConfigSchema, type ClientConfig } from '../domain/client-config-schema';

const tag = 'Service';

export interface ClientAuthSettings {
  clientId: string;
  authority: string;
  apiScope: string;
}

export function createServiceRoutes(
  getOpenApi: () => unknown,
  localIssuer: LocalTokenIssuer | null,
  clientAuth: ClientAuthSettings,
): RouteDefinition[] {
  const clientConfig: ClientConfig = { auth: localIssuer ? { mode: 'local' } : { mode: 'entra', ...clientAuth } };
  const routes = [
    defineRoute({
      method: 'get',
      path: '/health',
      tag,
      summary: 'Liveness and database reachability',
      public: true,
      responses: {
        200: { description: 'Healthy', schema: Type.Object({ status: Type.Literal('ok'), db: Type.Literal('ok') }) },
        503: { description: 'The database is down' },
      },
      handler: async () => {
        if (!(await pingDatabase()))
          throw new AppError('unavailable', 503, 'The database cannot be reached.', {
            extra: { status: 503, db: 'down' },
          });
        return { status: 200, body: { status: 'ok', db: 'ok' } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/openapi.json',
      tag,
      summary: 'This API as OpenAPI 3.1',
      public: true,
      responses: { 200: { description: 'The OpenAPI document' } },
      handler: async () => ({ status: 200, body: getOpenApi() }),
    }),
    defineRoute({
      method: 'get',
      path: '/client-config',
      tag,
      summary: 'How the web clients sign in (local mode or Entra ID)',
      public: true,
      responses: { 200: { description: 'Sign-in settings for the web clients', schema: ClientConfigSchema } },
      handler: async () => ({ status: 200, body: clientConfig }),
    }),
  ];
  if (localIssuer) {
    routes.push(
      defineRoute({
        method: 'post',
        path: '/local/token',
        tag,
        summary:
          'Local mode only: a token for the demo tenant (never available in production or with AUTH_AUDIENCE set)',
        public: true,
        body: Type.Object({ name: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false }),
        bodyRequired: false,
        responses: {
          200: {
            description: 'An access token',
            schema: Type.Object(
              {
                accessToken: Type.String(),
                tokenType: Type.String(),
                expiresIn: Type.Integer(),
                tenantId: Type.String(),
              },
              { additionalProperties: true },
            ),
          },
        },
        handler: async ({ body }) => ({
          status: 200,
          body: await localIssuer.issue(body?.name ? { name: body.name } : {}),
        }),
      }),
    );
  }
  return routes;
}
