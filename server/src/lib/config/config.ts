import convict from 'convict';

const schema = {
  env: {
    doc: 'Runtime environment',
    format: ['production', 'development', 'test'],
    default: 'development',
    env: 'NODE_ENV',
  },
  port: { doc: 'HTTP port (0 picks a free one)', format: 'port', default: 3000, env: 'PORT' },
  host: { doc: 'Interface to listen on', format: String, default: '127.0.0.1', env: 'HOST' },
  httpsPort: {
    doc: 'Also serve over HTTPS on this port (0: off); needs TLS_CERT_FILE and TLS_KEY_FILE',
    format: 'port',
    default: 0,
    env: 'HTTPS_PORT',
  },
  tls: {
    certFile: { doc: 'PEM certificate (chain) for HTTPS', format: String, default: '', env: 'TLS_CERT_FILE' },
    keyFile: { doc: 'PEM private key for HTTPS', format: String, default: '', env: 'TLS_KEY_FILE', sensitive: true },
  },
  mongodbUri: {
    doc: 'MongoDB connection string; empty means the embedded FerretDB started by scripts/start.mjs',
    format: String,
    default: '',
    env: 'MONGODB_URI',
  },
  mongodbDbName: {
    doc: 'Database name (overrides the one in the URI)',
    format: String,
    default: '',
    env: 'MONGODB_DB_NAME',
  },
  logLevel: {
    doc: 'pino log level',
    format: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    default: 'info',
    env: 'LOG_LEVEL',
  },
  auth: {
    audience: {
      doc: 'Expected token audience (the API app id URI or client id); required outside local mode',
      format: String,
      default: '',
      env: 'AUTH_AUDIENCE',
    },
    issuer: {
      doc: 'Expected issuer; {tenantid} stands for the token tid',
      format: String,
      default: 'https://login.microsoftonline.com/{tenantid}/v2.0',
      env: 'AUTH_ISSUER',
    },
    jwksUri: {
      doc: 'Where the signing keys are published',
      format: String,
      default: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
      env: 'AUTH_JWKS_URI',
    },
    allowedTenants: {
      doc: 'Comma separated tenant ids allowed to call the API (empty: any)',
      format: String,
      default: '',
      env: 'AUTH_ALLOWED_TENANTS',
    },
    localMode: {
      doc: 'Let the server issue tokens for a demo tenant (never in production or with AUTH_AUDIENCE)',
      format: ['auto', 'on', 'off'],
      default: 'auto',
      env: 'AUTH_LOCAL_MODE',
    },
    clientId: {
      doc: 'Entra ID application (client) id the add-in and the Teams app sign in with (NAA / SSO)',
      format: String,
      default: '',
      env: 'AUTH_CLIENT_ID',
    },
    apiScope: {
      doc: 'Scope the web clients request for this API (default: <AUTH_AUDIENCE>/access_as_user)',
      format: String,
      default: '',
      env: 'AUTH_API_SCOPE',
    },
    authority: {
      doc: 'Authority the web clients sign in against',
      format: String,
      default: 'https://login.microsoftonline.com/organizations',
      env: 'AUTH_AUTHORITY',
    },
  },
  graph: {
    baseUrl: {
      doc: 'Microsoft Graph endpoint; in local mode empty means the built-in Graph stand-in with demo data',
      format: String,
      default: '',
      env: 'GRAPH_BASE_URL',
    },
    clientId: {
      doc: 'Client id the server uses for the on-behalf-of exchange (default: AUTH_CLIENT_ID)',
      format: String,
      default: '',
      env: 'GRAPH_CLIENT_ID',
    },
    clientSecret: {
      doc: 'Client secret for the on-behalf-of exchange (or use a certificate)',
      format: String,
      default: '',
      env: 'GRAPH_CLIENT_SECRET',
      sensitive: true,
    },
    certificateFile: {
      doc: 'PEM file with the private key of the client certificate (instead of a secret)',
      format: String,
      default: '',
      env: 'GRAPH_CERTIFICATE_FILE',
    },
    certificateThumbprint: {
      doc: 'SHA-256 thumbprint of that certificate (hex)',
      format: String,
      default: '',
      env: 'GRAPH_CERTIFICATE_THUMBPRINT',
    },
    authorityHost: {
      doc: 'Entra ID sign-in host for the on-behalf-of exchange',
      format: String,
      default: 'https://login.microsoftonline.com',
      env: 'GRAPH_AUTHORITY_HOST',
    },
    tokenCacheKey: {
      doc:
        'Secret the Graph token cache is encrypted with in the database (default: derived from the ' +
        'client secret or certificate)',
      format: String,
      default: '',
      env: 'GRAPH_TOKEN_CACHE_KEY',
      sensitive: true,
    },
    notificationUrl: {
      doc:
        'Public HTTPS URL of POST /api/v1/graph/notifications that Graph sends change notifications to; ' +
        'empty: automatic recording is unavailable (local mode: the local server)',
      format: String,
      default: '',
      env: 'GRAPH_NOTIFICATION_URL',
    },
  },
  recording: {
    subscriptionMinutes: {
      doc: 'Lifetime asked for a Graph subscription (Graph allows up to 10080 for mail and events)',
      format: 'nat',
      default: 4320,
      env: 'RECORDING_SUBSCRIPTION_MINUTES',
    },
    renewBeforeMinutes: {
      doc: 'Renew a subscription this long before it expires',
      format: 'nat',
      default: 720,
      env: 'RECORDING_RENEW_BEFORE_MINUTES',
    },
    catchUpMinutes: {
      doc: 'Run a delta query per mailbox this often, for notifications Graph lost',
      format: 'nat',
      default: 15,
      env: 'RECORDING_CATCH_UP_MINUTES',
    },
    workerIntervalMs: {
      doc: 'How often the recording worker looks for queued notifications and due renewals',
      format: 'nat',
      default: 1000,
      env: 'RECORDING_WORKER_INTERVAL_MS',
    },
    maxAttempts: {
      doc: 'Attempts per notification (and per segment email) before it is marked failed',
      format: 'nat',
      default: 5,
      env: 'RECORDING_MAX_ATTEMPTS',
    },
    retryBaseMs: {
      doc: 'First retry delay; doubles with every attempt',
      format: 'nat',
      default: 2000,
      env: 'RECORDING_RETRY_BASE_MS',
    },
  },
  unknownCorrespondents: {
    maxPerTenant: {
      doc: 'Unknown correspondents kept per tenant; the least recently seen go first',
      format: 'nat',
      default: 5000,
      env: 'UNKNOWN_CORRESPONDENTS_MAX',
    },
    itemsPerAddress: {
      doc: 'Items (emails, meetings) kept per unknown correspondent, the newest',
      format: 'nat',
      default: 50,
      env: 'UNKNOWN_CORRESPONDENT_ITEMS',
    },
  },
  segmentLog: {
    batchSize: {
      doc: 'Segment lines written per bulk insert while logging',
      format: 'nat',
      default: 1000,
      env: 'SEGMENT_LOG_BATCH_SIZE',
    },
    leaseMs: {
      doc: 'How long a segment-logging lock lives without a heartbeat (a crashed logger is taken over after it)',
      format: 'nat',
      default: 15000,
      env: 'SEGMENT_LOG_LEASE_MS',
    },
  },
  idempotency: {
    retentionHours: {
      doc: 'How long Idempotency-Key results are kept',
      format: 'nat',
      default: 48,
      env: 'IDEMPOTENCY_RETENTION_HOURS',
    },
  },
  seedDemo: { doc: 'Seed the demo tenant on start in local mode', format: Boolean, default: true, env: 'SEED_DEMO' },
  webRoot: { doc: 'Folder with the built web assets', format: String, default: 'dist', env: 'WEB_ROOT' },
};

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(overrides: Record<string, unknown> = {}) {
  const config = convict(schema);
  config.load(overrides);
  config.validate({ allowed: 'strict' });
  const props = config.getProperties();
  const localMode = resolveLocalMode(props.env, props.auth.audience, props.auth.localMode);
  if (!localMode && !props.auth.audience) {
    throw new Error(
      'Configuration error: AUTH_AUDIENCE is required unless local mode is on (set AUTH_AUDIENCE, or run ' +
        'outside NODE_ENV=production).',
    );
  }
  return {
    ...props,
    auth: {
      ...props.auth,
      localMode,
      allowedTenants: props.auth.allowedTenants
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    },
  };
}

function resolveLocalMode(env: string, audience: string, setting: string): boolean {
  const forbidden = env === 'production' || audience !== '';
  if (setting === 'on' && forbidden) {
    throw new Error(
      'Configuration error: AUTH_LOCAL_MODE=on is not allowed with NODE_ENV=production or AUTH_AUDIENCE set.',
    );
  }
  if (forbidden) return false;
  return setting !== 'off';
}
