import { Type } from '@sinclair/typebox';
import type { GraphAccess } from '../../lib/graph/graph-access';
import { defineRoute } from '../../lib/http/route-registry';
import { graphMailboxGateways } from '../data-access/graph-mailbox-gateway';
import { AutomaticRecordingSchema, PutAutomaticRecordingBody } from '../domain/recording-schema';
import {
  acceptNotifications,
  getAutomaticRecording,
  putAutomaticRecording,
  type RecordingOptions,
} from '../domain/recording-service';

const tag = 'Automatic recording';

const NotificationBody = Type.Object({
  value: Type.Array(
    Type.Object({
      subscriptionId: Type.Optional(Type.String({ maxLength: 200 })),
      tenantId: Type.Optional(Type.String({ maxLength: 100 })),
      clientState: Type.Optional(Type.String({ maxLength: 255 })),
      lifecycleEvent: Type.Optional(Type.String({ maxLength: 100 })),
      resourceData: Type.Optional(
        Type.Union([Type.Object({ id: Type.Optional(Type.String({ maxLength: 1024 })) }), Type.Null()]),
      ),
    }),
    { maxItems: 1000 },
  ),
});

const NotificationQuery = Type.Object({
  validationToken: Type.Optional(
    Type.String({ minLength: 1, maxLength: 1024, description: 'Sent by Graph to validate a new subscription' }),
  ),
});

/** `options.notificationUrl` may be filled in once the server listens (local mode and tests). */
export function createRecordingRoutes(graph: GraphAccess, options: RecordingOptions) {
  const gatewayFor = graphMailboxGateways(graph);
  return [
    defineRoute({
      method: 'get',
      path: '/me/automatic-recording',
      tag,
      summary: "Whether the caller's sent emails and meetings are recorded automatically, and how it goes",
      responses: { 200: { description: 'The settings and their state', schema: AutomaticRecordingSchema } },
      handler: async ({ ctx }) => ({ status: 200, body: await getAutomaticRecording(ctx, options) }),
    }),
    defineRoute({
      method: 'put',
      path: '/me/automatic-recording',
      tag,
      summary: 'Switch automatic recording of sent emails / meetings on or off for the caller',
      body: PutAutomaticRecordingBody,
      description:
        'On: subscribes to Graph change notifications for the mailbox (Graph validates the notification URL ' +
        'meanwhile). Off: deletes the subscription. 422 when the interaction template setup names no ' +
        'template for the kind; 503 when the server has no public notification URL.',
      responses: { 200: { description: 'The settings and their state', schema: AutomaticRecordingSchema } },
      handler: async ({ ctx, body }) => ({
        status: 200,
        body: await putAutomaticRecording(ctx, body, gatewayFor(ctx.tenantId), options),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/graph/notifications',
      tag,
      summary: 'Microsoft Graph change notifications for automatic recording (called by Graph, no bearer token)',
      description:
        'With ?validationToken= (subscription validation) the token is echoed as text/plain. Otherwise the ' +
        'body is a batch of change or lifecycle notifications: each clientState is checked against its ' +
        'subscription, the items are queued and 202 is answered at once; a worker records them.',
      public: true,
      query: NotificationQuery,
      body: NotificationBody,
      bodyRequired: false,
      bodyExpected: (query) => query.validationToken === undefined,
      responses: {
        200: { description: 'The validation token, echoed', contentType: 'text/plain' },
        202: { description: 'Accepted; processed in the background' },
        415: { description: 'Not JSON' },
      },
      handler: async ({ query, body }) => {
        if (query.validationToken !== undefined)
          return { status: 200, body: query.validationToken, headers: { 'Content-Type': 'text/plain' } };
        await acceptNotifications(body.value);
        return { status: 202 };
      },
    }),
  ];
}
