import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { testDatabaseUri } from './test-app';
import { TEST_AUDIENCE, type TokenIssuer } from './token-issuer';

const root = join(__dirname, '..', '..');

/**
 * Runs the real server entry (server/src/main.ts) as its own process, as production does:
 * with Entra-style auth against `issuer`, or in local mode (demo tenant, local tokens) without one.
 */
export async function startServerProcess(options: {
  dbName: string;
  issuer?: TokenIssuer;
  env?: Record<string, string>;
}) {
  const auth = options.issuer
    ? {
        NODE_ENV: 'test',
        AUTH_AUDIENCE: TEST_AUDIENCE,
        AUTH_ISSUER: options.issuer.issuerTemplate,
        AUTH_JWKS_URI: options.issuer.jwksUri,
      }
    : { NODE_ENV: 'development', AUTH_LOCAL_MODE: 'on' };
  const child: ChildProcess = fork(join(root, 'server', 'src', 'main.ts'), [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'warn',
      MONGODB_URI: testDatabaseUri(),
      MONGODB_DB_NAME: options.dbName,
      ...auth,
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port, httpsPort } = await new Promise<{ port: number; httpsPort: number }>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('server process did not start within 30 s')), 30_000);
    child.on('message', (message: { type?: string; port?: number; httpsPort?: number }) => {
      if (message?.type === 'listening' && message.port) {
        clearTimeout(timer);
        ok({ port: message.port, httpsPort: message.httpsPort ?? 0 });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server process exited with ${code} during start`));
    });
  });
  const exited = new Promise<void>((ok) => (child.exitCode !== null ? ok() : child.once('exit', () => ok())));
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    /** The HTTPS port when HTTPS_PORT was given, else 0. */
    httpsPort,
    pid: child.pid!,
    /** SIGKILL: the process dies wherever it is, as in a crash. */
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
