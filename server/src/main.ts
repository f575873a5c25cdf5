import { existsSync, readFileSync } from 'node:fs';
import https from 'node:https';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { loadConfig } from './lib/config/config';
import { createLogger } from './lib/logger/logger';
import { connectDatabase, disconnectDatabase } from './lib/db/connect';
import { createLocalTokenIssuer, DEMO_TENANT_ID } from './lib/auth/local-token-issuer';
import { entraGraphAccess, standInGraphAccess, GRAPH_DEFAULT_URL, type GraphAccess } from './lib/graph/graph-access';
import { seedDemoTenant, startGraphStandIn } from './demo';
import { createServer } from './create-server';
import { webAssets } from './lib/http/web-assets';
import type { Config } from './lib/config/config';
import type { Logger } from './lib/logger/logger';

/** Graph: the local stand-in in local mode; on-behalf-of and client credentials when credentials are configured. */
async function graphAccessFor(config: Config, logger: Logger): Promise<GraphAccess | null> {
  if (config.auth.localMode) {
    if (config.graph.baseUrl) return standInGraphAccess(config.graph.baseUrl);
    const standIn = await startGraphStandIn();
    logger.info({ url: standIn.baseUrl }, 'local mode: Microsoft Graph stand-in with demo data');
    return standInGraphAccess(standIn.baseUrl);
  }
  const clientId = config.graph.clientId || config.auth.clientId;
  if (!clientId || (!config.graph.clientSecret && !config.graph.certificateFile)) {
    logger.warn(
      'Microsoft Graph is not configured: meeting attendees, automatic recording and segment email are unavailable',
    );
    return null;
  }
  return entraGraphAccess({ ...config.graph, clientId }, config.graph.baseUrl || GRAPH_DEFAULT_URL);
}

/** HTTPS beside HTTP, for hosts that only load https pages (Outlook, Teams). */
async function listenHttps(app: express.Express, config: Config, logger: Logger) {
  if (!config.httpsPort) return null;
  if (!config.tls.certFile || !config.tls.keyFile)
    throw new Error('Configuration error: HTTPS_PORT needs TLS_CERT_FILE and TLS_KEY_FILE.');
  const secure = https
    .createServer({ cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }, app)
    .listen(config.httpsPort, config.host);
  await new Promise<void>((ok, fail) => secure.once('listening', ok).once('error', fail));
  logger.info(
    { port: (secure.address() as AddressInfo).port },
    `Interlog also on https://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${(secure.address() as AddressInfo).port}`,
  );
  return secure;
}

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (!config.mongodbUri)
    throw new Error(
      'MONGODB_URI is not set. Start with `npm start`, which starts the embedded database, or point ' +
        'MONGODB_URI at MongoDB.',
    );
  await connectDatabase(config.mongodbUri, config.mongodbDbName || undefined);
  const localIssuer = config.auth.localMode ? await createLocalTokenIssuer() : null;
  if (localIssuer && config.seedDemo && (await seedDemoTenant(DEMO_TENANT_ID))) logger.info('seeded the demo tenant');

  const webRoot = resolve(config.webRoot);
  const interlog = createServer({
    config,
    logger,
    localIssuer,
    graph: await graphAccessFor(config, logger),
    beforeApi: (web) => {
      if (existsSync(webRoot))
        web.use(webAssets(webRoot, { production: config.env === 'production', authority: config.auth.authority }));
    },
  });
  const server = await interlog.listen(config.port, config.host);
  const { port } = server.address() as AddressInfo;
  const secure = await listenHttps(interlog.app, config, logger);
  logger.info(
    { port, localMode: config.auth.localMode },
    `Interlog API listening on http://${config.host}:${port}/api/v1`,
  );
  process.send?.({ type: 'listening', port, httpsPort: secure ? (secure.address() as AddressInfo).port : 0 });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    secure?.close();
    void interlog
      .stop()
      .then(() => disconnectDatabase())
      .finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
