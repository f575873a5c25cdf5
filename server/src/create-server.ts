import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { Router } from 'express';
import pinoHttp from 'pino-http';
import type { Config } from './lib/config/config';
import type { Logger } from './lib/logger/logger';
import { errorHandler, notFoundHandler } from './lib/errors/error-handler';
import { AppError } from './lib/errors/app-error';
import { createEventHub } from './lib/events/event-hub';
import { mountRoutes, type RouteDefinition } from './lib/http/route-registry';
import { buildOpenApi } from './lib/http/openapi';
import { requireAuth } from './lib/auth/auth-middleware';
import { createTokenVerifier, remoteKeys } from './lib/auth/token-verifier';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, type LocalTokenIssuer } from './lib/auth/local-token-issuer';
import type { GraphAccess } from './lib/graph/graph-access';
import { generateLettersAfterLogging } from './correspondence';
import type { SegmentEvents } from './segments';
import type { RecordingOptions } from './recording';
import { setupRoutes } from './setup/routes/setup-routes';
import { contactRoutes } from './contacts/routes/contact-routes';
import { templateRoutes } from './templates/routes/template-routes';
import { referenceDataRoutes } from './reference-data/routes/reference-data-routes';
import { interactionRoutes } from './interactions/routes/interaction-routes';
import { createSegmentRoutes } from './segments/routes/segment-routes';
import { correspondenceRoutes } from './correspondence/routes/correspondence-routes';
import { lineLetterRoutes } from './correspondence/routes/line-letter-routes';
import { createDeliveryRoutes } from './delivery/routes/delivery-routes';
import { createEmailSender, sendEmailsOfLoggedSegment } from './delivery/workers/email-sender';
import { createLineRemovalWorker } from './segments/workers/line-removal-worker';
import { createMeetingRoutes } from './meetings/routes/meeting-routes';
import { createPeopleRoutes } from './people/routes/people-routes';
import { createRecordingRoutes } from './recording/routes/recording-routes';
import { createGraphRecordingWorker, type WorkerLogger } from './recording/workers/recording-worker';
import { createServiceRoutes } from './service/routes/service-routes';
import { statisticsRoutes } from './statistics/routes/statistics-routes';
import { createFoldWorker } from './statistics/workers/fold-worker';
import { unknownCorrespondentRoutes } from './correspondents/routes/unknown-correspondent-routes';
import { setCorrespondentLimits } from './correspondents';
import { createPurgeWorker } from './service/workers/purge-worker';
import { securityHeaders } from './lib/http/web-assets';

export const API_BASE = '/api/v1';

export interface ServerOptions {
  config: Config;
  logger: Logger;
  localIssuer: LocalTokenIssuer | null;
  /** Microsoft Graph as the caller (on-behalf-of, or the local stand-in); null when not configured. */
  graph?: GraphAccess | null;
  /** Extra pieces mounted before the API (e.g. the web assets). */
  beforeApi?: (app: express.Express) => void;
  /**
   * Without a public notification URL, Graph is pointed at this server's own API once it listens
   * (a stand-in on loopback: local mode, the tests). Default: in local mode.
   */
  notifySelf?: boolean;
  /** Whether `listen` starts the workers' timers (recording passes, hourly purges). Default: true. */
  runWorkers?: boolean;
  /** Where the recording worker's warnings go (default: the logger). */
  workerLogger?: WorkerLogger;
}

const notConfigured = () => {
  throw new AppError(
    'unavailable',
    503,
    'Microsoft Graph is not configured on this server (GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET or a certificate).',
  );
};
const graphNotConfigured: GraphAccess = { asUser: notConfigured, asApp: notConfigured };

function tokenVerifier(config: Config, localIssuer: LocalTokenIssuer | null) {
  return createTokenVerifier(
    localIssuer
      ? { audience: LOCAL_AUDIENCE, issuer: LOCAL_ISSUER, keys: localIssuer.keys, allowedTenants: [] }
      : {
          audience: config.auth.audience,
          issuer: config.auth.issuer,
          keys: remoteKeys(config.auth.jwksUri),
          allowedTenants: config.auth.allowedTenants,
        },
  );
}

/**
 * The whole server, assembled in this one place: the components' routes behind one registry,
 * their workers, and the reactions of one component to another's events. `listen` serves it
 * and starts the workers; `stop` stops the workers, closes the listeners and waits for the
 * segment emails being sent. The caller connects the database (and disconnects it after stop).
 */
export function createServer(options: ServerOptions) {
  const { config, logger, localIssuer, graph = null } = options;
  const graphAccess = graph ?? graphNotConfigured;
  setCorrespondentLimits(config.unknownCorrespondents);
  // Shared by the routes and the worker: the notification URL may be filled in by listen.
  const recording: RecordingOptions & typeof config.recording = {
    ...config.recording,
    notificationUrl: config.graph.notificationUrl,
  };

  const workers = {
    /** Automatic recording (with Graph): queued notifications, subscription renewals, catch-ups. */
    recording: graph ? createGraphRecordingWorker(graph, recording, options.workerLogger ?? logger) : null,
    /** The senders of segment emails; `drain()` waits for them. */
    deliveries: createEmailSender(config, logger),
    /** Removing logged segments' lines after the answer; `drain()` waits for them. */
    lineRemovals: createLineRemovalWorker(logger),
    /** Expired idempotency records and stale token caches, hourly. */
    purge: createPurgeWorker(logger),
    /** Folding each tenant's statistics right after its writes. */
    statistics: createFoldWorker(options.workerLogger ?? logger),
  };
  workers.statistics.start();

  // After a segment is logged: its hard-copy letters, then its emails start going (the answer waits for both),
  // then its lines start going (the answer does not wait).
  const events = createEventHub<SegmentEvents>();
  events.on('segmentLogged', ({ ctx, loggedSegmentEntryNo }) =>
    generateLettersAfterLogging(ctx.tenantId, loggedSegmentEntryNo),
  );
  events.on('segmentLogged', sendEmailsOfLoggedSegment(workers.deliveries, graph, logger));
  events.on('segmentLogged', async ({ ctx }) => workers.lineRemovals.removeFor(ctx.tenantId));
  events.on('segmentLoggingBegins', ({ ctx }) => workers.statistics.hold(ctx.tenantId));
  events.on('segmentLoggingEnds', ({ ctx }) => workers.statistics.release(ctx.tenantId));

  let openApi: unknown;
  const routes: RouteDefinition[] = [
    ...createServiceRoutes(
      () => (openApi ??= buildOpenApi(routes, { version: '1.0.0', basePath: API_BASE })),
      localIssuer,
      {
        clientId: config.auth.clientId,
        authority: config.auth.authority,
        apiScope: config.auth.apiScope || (config.auth.audience ? `${config.auth.audience}/access_as_user` : ''),
      },
    ),
    ...setupRoutes,
    ...contactRoutes,
    ...templateRoutes,
    ...referenceDataRoutes,
    ...interactionRoutes,
    ...createSegmentRoutes({ batchSize: config.segmentLog.batchSize, leaseMs: config.segmentLog.leaseMs }, events),
    ...correspondenceRoutes,
    ...lineLetterRoutes,
    ...createDeliveryRoutes(graphAccess, workers.deliveries),
    ...createMeetingRoutes(graphAccess),
    ...createPeopleRoutes(graphAccess),
    ...createRecordingRoutes(graphAccess, recording),
    ...statisticsRoutes,
    ...unknownCorrespondentRoutes,
  ];

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === `${API_BASE}/health` } }));
  app.use(securityHeaders({ production: config.env === 'production' }));
  options.beforeApi?.(app);
  const api = Router();
  api.use(express.json({ limit: '1mb', strict: true, type: ['application/json', 'application/*+json'] }));
  mountRoutes(api, routes, {
    retentionHours: config.idempotency.retentionHours,
    auth: requireAuth(tokenVerifier(config, localIssuer)),
  });
  api.use(notFoundHandler);
  app.use(API_BASE, api);
  app.use(errorHandler);

  const listeners: Server[] = [];
  return {
    app,
    workers,
    /** Serves the app on port and host (0: any free port), then starts the workers. */
    async listen(port: number, host: string): Promise<Server> {
      const server = app.listen(port, host);
      await new Promise<void>((ok, fail) => server.once('listening', ok).once('error', fail));
      listeners.push(server);
      if (!recording.notificationUrl && (options.notifySelf ?? config.auth.localMode)) {
        const ownPort = (server.address() as AddressInfo).port;
        recording.notificationUrl = `http://127.0.0.1:${ownPort}${API_BASE}/graph/notifications`;
      }
      if (options.runWorkers ?? true) {
        workers.recording?.start(config.recording.workerIntervalMs);
        workers.purge.start();
      }
      return server;
    },
    /**
     * Stops the workers and the listeners, then waits for the senders; a sender stopped here
     * leaves its emails pending for the next POST …/deliveries/send.
     */
    async stop(): Promise<void> {
      await workers.purge.stop();
      await workers.recording?.stop();
      await Promise.all(listeners.map((server) => new Promise<void>((ok) => server.close(() => ok()))));
      await workers.deliveries.drain();
      await workers.lineRemovals.drain();
      await workers.statistics.stop();
    },
  };
}

export type InterlogServer = ReturnType<typeof createServer>;
