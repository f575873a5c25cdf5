import express, { type RequestHandler, type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';

/**
 * The Microsoft 365 hosts that frame the Outlook pane and the Teams pages, from Microsoft's Teams
 * tab requirements ("Set Content Security Policy headers to allow Teams and any other host
 * applications", learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements):
 * Microsoft 365 web clients are moving to *.cloud.microsoft; the older hosts stay listed until then.
 */
export const FRAME_ANCESTORS = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
];

const YEAR_S = 31_536_000;
const DAY_S = 86_400;

/**
 * Helmet's headers on every response, the API's included (nosniff, Referrer-Policy, ...), except
 * those that would keep Outlook and Teams from framing the pages or talking to them: the pages'
 * Content-Security-Policy (frame-ancestors) replaces X-Frame-Options and is set on HTML only
 * (webAssets); Cross-Origin-Opener-Policy would cut the Office sign-in dialog and MSAL's popup off
 * their opener; Cross-Origin-Resource-Policy is cross-origin because Outlook and Teams show the
 * app's icons from their own origins. HSTS only in production
 * (a year of HSTS on localhost would bind every local port to HTTPS).
 */
export function securityHeaders({ production }: { production: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: false,
    xFrameOptions: false,
    crossOriginOpenerPolicy: false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    strictTransportSecurity: production,
  });
}

export interface WebAssetsOptions {
  production: boolean;
  /** The sign-in authority the pages' MSAL talks to (connect-src). */
  authority: string;
}

/**
 * The built pages (dist/): precompressed brotli and gzip files (written by the Vite build beside each
 * page, script and style sheet) sent as they are with Content-Encoding and Vary: Accept-Encoding
 * (express-static-gzip over serve-static); hashed assets cached for a year, pages revalidated every
 * time; source maps only outside production; HTML pages under a Content-Security-Policy.
 */
export function webAssets(root: string, { production, authority }: WebAssetsOptions): Router {
  const web = express.Router();
  const csp = helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
      // Office.js loads its host scripts from its own folder (/office-js/), teams-js is bundled.
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      // Fluent UI (Griffel) inserts <style> elements at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      // The API on this origin; MSAL reads the authority's metadata (Graph is called by the server);
      // teams-js fetches its list of valid host origins from Microsoft's CDN when it loads.
      connectSrc: ["'self'", new URL(authority).origin, 'https://res.cdn.office.net'],
      // Office.js frames its telemetry proxy (telemetryEndPoint in its host scripts).
      frameSrc: ["'self'", 'https://telemetryservice.firstpartyapps.oaspapps.com'],
      formAction: ["'self'"],
      frameAncestors: ["'self'", ...FRAME_ANCESTORS],
      ...(production ? { upgradeInsecureRequests: [] } : {}),
    },
  });
  web.use((req, res, next) => {
    // Source maps are built (hidden: no file points at them) for error tools, not served in production.
    if (production && req.path.endsWith('.map')) return next('router');
    if (req.path.endsWith('.html')) return csp(req, res, next);
    next();
  });
  web.use(
    expressStaticGzip(root, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: {
        index: false,
        cacheControl: false,
        setHeaders: (res, path) => res.setHeader('Cache-Control', cacheControl(path)),
      },
    }),
  );
  return web;
}

function cacheControl(file: string): string {
  const path = file.replace(/\\/g, '/').replace(/\.(br|gz)$/, '');
  if (path.includes('/assets/')) return `public, max-age=${YEAR_S}, immutable`;
  // Office.js is not hashed: a day, then revalidated.
  if (path.includes('/office-js/')) return `public, max-age=${DAY_S}`;
  return 'no-cache';
}
