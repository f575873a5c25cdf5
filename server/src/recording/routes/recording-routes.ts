import type { Request, Response } from 'express';
import { Type, type Static } from '@sinclair/typebox';
import { AppError } from '../../lib/errors/app-error';
import { defineRoute } from '../../lib/http/route-registry';
import { problemResponse } from '../../lib/http/openapi';
import { validatePart } from '../../lib/http/validate';
import type { MailboxGateway } from '../domain/mailbox-gateway';
import { AutomaticRecordingSchema, PutAutomaticRecordingBody } from '../domain/recording-schema';
import {
  acceptNotifications,
  getAutomaticRecording,
  putAutomaticRecording,
  type RecordingOptions,
} from '../domain/recording-service';

const tag = 'Automatic recording';

export function createRecordingRoutes(gatewayFor: (tenantId: string) => MailboxGateway, options: RecordingOptions) {
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
        'On: subscribes to Graph change notifications for the mailbox (Graph validates the notification URL meanwhile). Off: deletes the subscription. 422 when the interaction template setup names no template for the kind; 503 when the server has no public notification URL.',
      responses: { 200: { description: 'The settings and their state', schema: AutomaticRecordingSchema } },
      handler: async ({ ctx, body }) => ({
        status: 200,
        body: await putAutomaticRecording(ctx, body, gatewayFor(ctx.tenantId), options),
      }),
    }),
  ];
}

const NotificationBody = Type.Object({
  value: Type.Array(
    Type.Object({
      subscriptionId: Type.Optional(Type.String({ maxLength: 200 })),
      clientState: Type.Optional(Type.String({ maxLength: 255 })),
      lifecycleEvent: Type.Optional(Type.String({ maxLength: 100 })),
      resourceData: Type.Optional(
        Type.Union([Type.Object({ id: Type.Optional(Type.String({ maxLength: 1024 })) }), Type.Null()]),
      ),
    }),
    { maxItems: 1000 },
  ),
});

const ValidationQuery = Type.Object(
  { validationToken: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);

/**
 * `POST /graph/notifications`, called by Microsoft Graph without a bearer token. It echoes
 * the validation handshake as text/plain, otherwise checks each notification's clientState
 * against the subscription's and queues the item, answering 202 at once.
 */
export async function notificationEndpoint(req: Request, res: Response) {
  if (req.query.validationToken !== undefined) {
    const { validationToken } = validatePart<Static<typeof ValidationQuery>>('query', ValidationQuery, req.query);
    res.status(200).type('text/plain').send(validationToken);
    return;
  }
  if (!req.is('application/json'))
    throw new AppError('unsupported-media-type', 415, 'Change notifications come as application/json.');
  const { value } = validatePart<Static<typeof NotificationBody>>('body', NotificationBody, req.body ?? {});
  await acceptNotifications(value);
  res.status(202).end();
}

/** The OpenAPI description of POST /graph/notifications (served outside the route registry). */
export const notificationEndpointOpenApi = {
  post: {
    summary: 'Microsoft Graph change notifications for automatic recording (called by Graph, no bearer token)',
    description:
      'With ?validationToken= (subscription validation) the token is echoed as text/plain. Otherwise the body is a batch of change or lifecycle notifications: each clientState is checked against its subscription, the items are queued and 202 is answered at once; a worker records them.',
    tags: ['Automatic recording'],
    operationId: 'postGraphNotifications',
    security: [],
    parameters: [
      { name: 'validationToken', in: 'query', required: false, schema: ValidationQuery.properties.validationToken },
    ],
    requestBody: {
      required: false,
      content: { 'application/json': { schema: JSON.parse(JSON.stringify(NotificationBody)) } },
    },
    responses: {
      200: { description: 'The validation token, echoed', content: { 'text/plain': { schema: { type: 'string' } } } },
      202: { description: 'Accepted; processed in the background' },
      400: problemResponse('Malformed notifications'),
      415: problemResponse('Not JSON'),
    },
  },
};
