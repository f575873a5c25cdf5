import { Type, type Static } from '@sinclair/typebox';

/** How the web clients sign in: local mode, or Entra ID with these settings. */
export const ClientConfigSchema = Type.Object({
  auth: Type.Union([
    Type.Object({ mode: Type.Literal('local') }),
    Type.Object({
      mode: Type.Literal('entra'),
      clientId: Type.String(),
      authority: Type.String(),
      apiScope: Type.String(),
    }),
  ]),
});
export type ClientConfig = Static<typeof ClientConfigSchema>;
