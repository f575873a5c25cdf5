import express, { Router } from 'express';
import pinoHttp from 'pino-http';
import type { Config } from './lib/config/config';
import type { Logger } from './lib/logger/logger';
import { errorHandler, notFoundHandler } from './lib/errors/error-handler';
import { mountRoutes, type RouteDefinition } from './lib/http/route-registry';
import { buildOpenApi } from './lib/http/openapi';
import { requireAuth } from './lib/auth/auth-middleware';
import { createTokenVerifier, remoteKeys } from './lib/auth/token-verifier';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, type LocalTokenIssuer } from './lib/auth/local-token-issuer';
import { setupRoutes } from './setup/routes/setup-routes';
import { contactRoutes } from './contacts/routes/contact-routes';
import { templateRoutes } from './templates/routes/template-routes';
import { interactionRoutes } from './interactions/routes/interaction-routes';
import { createSegmentRoutes } from './segments/routes/segment-routes';
import { correspondenceRoutes } from './correspondence/routes/correspondence-routes';
import { createServiceRoutes } from './service/routes/service-routes';
import { createMeetingRoutes } from './meetings/routes/meeting-routes';
import { createPeopleRoutes } from './people/routes/people-routes';
import type { GraphAccess } from './lib/graph/graph-access';
import type { RequestContext } from './lib/http/request-context';
import { AppError } from './lib/errors/app-error';
import {
  createRecordingRoutes,
  notificationEndpoint,
  notificationEndpointOpenApi,
} from './recording/routes/recording-routes';
import { graphMailboxGateway } from './recording/data-access/graph-mailbox-gateway';
import { createRecordingWorker, type WorkerLogger } from './recording/domain/recording-worker';
import type { RecordingOptions } from './recording/domain/recording-service';
import { createDeliveryService, type DeliveryService } from './delivery/domain/delivery-service';
import { createDeliveryRoutes } from './delivery/routes/delivery-routes';
import { graphMailer } from './delivery/data-access/graph-mailer';

export const API_BASE = '/api/v1';

export interface AppDeps {
  config: Config;
  logger: Logger;
  localIssuer: LocalTokenIssuer | null;
  /** Microsoft Graph as the caller (on-behalf-of, or the local stand-in); null when not configured. */
  graph?: GraphAccess | null;
  /** Automatic recording's settings; `notificationUrl` may be filled in once the server listens (local mode). */
  recording?: RecordingOptions;
  /** Sends segment emails in the background; made from the config when not given (the caller drains it on shutdown). */
  deliveries?: DeliveryService;
  /** Extra pieces mounted before the API (e.g. the web assets). */
  beforeApi?: (app: express.Express) => void;
}

const notConfigured = () => {
  throw new AppError(
    'unavailable',
    503,
    'Microsoft Graph is not configured on this server (GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET or a certificate).',
  );
};
const graphNotConfigured: GraphAccess = { asUser: notConfigured, asApp: notConfigured };

export function createApp({ config, logger, localIssuer, graph, recording, deliveries, beforeApi }: AppDeps) {
  const graphAccess = graph ?? graphNotConfigured;
  const recordingOptions = recording ?? recordingOptionsFrom(config);
  const deliveryService = deliveries ?? createDeliveryServiceFrom(config, logger);
  const emailsQueued = async (ctx: RequestContext, loggedSegmentEntryNo: number) => {
    // Without Graph, or when no sender could start, the emails stay pending and visible for POST …/deliveries/send.
    if (!graph) return;
    await deliveryService
      .start(ctx.tenantId, loggedSegmentEntryNo, graphMailer(graph.asUser(ctx)))
      .catch((err: unknown) =>
        logger.error({ err, loggedSegmentEntryNo }, 'could not start sending the emails of a logged segment'),
      );
  };
  const verify = createTokenVerifier(
    localIssuer
      ? { audience: LOCAL_AUDIENCE, issuer: LOCAL_ISSUER, keys: localIssuer.keys, allowedTenants: [] }
      : {
          audience: config.auth.audience,
          issuer: config.auth.issuer,
          keys: remoteKeys(config.auth.jwksUri),
          allowedTenants: config.auth.allowedTenants,
        },
  );
  const protectedRoutes: RouteDefinition[] = [
    ...setupRoutes,
    ...contactRoutes,
    ...templateRoutes,
    ...interactionRoutes,
    ...createSegmentRoutes(
      { batchSize: config.segmentLog.batchSize, leaseMs: config.segmentLog.leaseMs },
      emailsQueued,
    ),
    ...correspondenceRoutes,
    ...createDeliveryRoutes(graphAccess, deliveryService),
    ...createMeetingRoutes(graphAccess),
    ...createPeopleRoutes(graphAccess),
    ...createRecordingRoutes((tenantId) => graphMailboxGateway(graphAccess.asApp(tenantId)), recordingOptions),
  ];
  let openApi: unknown;
  const publicRoutes = createServiceRoutes(
    () =>
      (openApi ??= buildOpenApi([...publicRoutes, ...protectedRoutes], {
        version: '1.0.0',
        basePath: API_BASE,
        extraPaths: { '/graph/notifications': notificationEndpointOpenApi },
      })),
    localIssuer,
    {
      clientId: config.auth.clientId,
      authority: config.auth.authority,
      apiScope: config.auth.apiScope || (config.auth.audience ? `${config.auth.audience}/access_as_user` : ''),
    },
  );

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === `${API_BASE}/health` } }));
  beforeApi?.(app);

  const api = Router();
  api.use(express.json({ limit: '1mb', strict: true, type: ['application/json', 'application/*+json'] }));
  mountRoutes(api, publicRoutes, { retentionHours: config.idempotency.retentionHours });
  api.post('/graph/notifications', notificationEndpoint);
  api.use(requireAuth(verify));
  mountRoutes(api, protectedRoutes, { retentionHours: config.idempotency.retentionHours });
  api.use(notFoundHandler);
  app.use(API_BASE, api);
  app.use(errorHandler);
  return app;
}

export function createDeliveryServiceFrom(config: Config, logger: Pick<Logger, 'error'>): DeliveryService {
  return createDeliveryService(
    {
      maxAttempts: config.recording.maxAttempts,
      retryBaseMs: config.recording.retryBaseMs,
      claimMs: config.segmentLog.leaseMs,
    },
    (err, loggedSegmentEntryNo) =>
      logger.error({ err, loggedSegmentEntryNo }, 'sending the emails of a logged segment stopped'),
  );
}

/**
 * Automatic recording's worker. Without a public notification URL, Graph (a stand-in on
 * loopback) is pointed at this server's own API at `apiBaseUrl` when one is given.
 */
export function createRecordingWorkerFor(
  config: Config,
  recording: RecordingOptions,
  graph: GraphAccess,
  apiBaseUrl: string,
  logger: WorkerLogger,
) {
  if (!recording.notificationUrl && apiBaseUrl) recording.notificationUrl = `${apiBaseUrl}/graph/notifications`;
  return createRecordingWorker(
    (tenantId) => graphMailboxGateway(graph.asApp(tenantId)),
    { ...config.recording, ...recording },
    logger,
  );
}

export function recordingOptionsFrom(config: Config): RecordingOptions {
  return {
    notificationUrl: config.graph.notificationUrl,
    subscriptionMinutes: config.recording.subscriptionMinutes,
    catchUpMinutes: config.recording.catchUpMinutes,
  };
}
