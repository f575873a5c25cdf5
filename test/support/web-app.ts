import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../server/src/lib/config/config';
import { createLogger } from '../../server/src/lib/logger/logger';
import { connectDatabase, disconnectDatabase } from '../../server/src/lib/db/connect';
import { createLocalTokenIssuer, DEMO_TENANT_ID } from '../../server/src/lib/auth/local-token-issuer';
import { seedDemoTenant, startGraphStandIn } from '../../server/src/demo';
import { standInGraphAccess } from '../../server/src/lib/graph/graph-access';
import { createServer } from '../../server/src/create-server';
import { webAssets } from '../../server/src/lib/http/web-assets';
import { createClient, testDatabaseUri, uniqueDbName } from './test-app';

export const WEB_ROOT = join(__dirname, '..', '..', 'dist');

/**
 * The whole product as `npm start` runs it, in this process: local mode with the demo
 * tenant seeded, the Graph stand-in (its change notifications come back to this server,
 * whose recording worker runs), and the built web assets on the API's origin.
 */
export async function startWebApp(label: string, configOverrides: Record<string, unknown> = {}) {
  if (!existsSync(join(WEB_ROOT, 'preview.html')))
    throw new Error('dist/ is missing: run `node scripts/build-web.mjs` (npm test does).');
  await connectDatabase(testDatabaseUri(), uniqueDbName(label));
  const config = loadConfig({ env: 'test', logLevel: 'silent', auth: { localMode: 'on' }, ...configOverrides });
  const localIssuer = await createLocalTokenIssuer();
  await seedDemoTenant(DEMO_TENANT_ID);
  const graph = await startGraphStandIn();
  const graphAccess = standInGraphAccess(graph.baseUrl);
  const interlog = createServer({
    config,
    logger: createLogger('silent'),
    localIssuer,
    graph: graphAccess,
    beforeApi: (web) => web.use(webAssets(WEB_ROOT, { production: false, authority: config.auth.authority })),
  });
  const server = await interlog.listen(0, '127.0.0.1');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** The API as a user of the demo tenant (the demo user unless told), to check what the pages recorded. */
  async function apiAs(user: Parameters<typeof localIssuer.issue>[0] = {}) {
    const { accessToken } = await localIssuer.issue(user);
    return createClient(`${origin}/api/v1`, accessToken);
  }

  async function stop() {
    server.closeAllConnections();
    // Segment emails still going out finish before the stand-in and the database go.
    await interlog.stop();
    await graph.close();
    await disconnectDatabase();
  }

  return {
    origin,
    /** The API as the demo user (the one the pages sign in as). */
    api: await apiAs(),
    apiAs,
    /** The Graph stand-in: its mailbox hooks send mail as a user, fail calls, and hold the subscriptions. */
    graph,
    stop,
    /** Same as stop(). */
    close: stop,
  };
}

export type WebApp = Awaited<ReturnType<typeof startWebApp>>;
