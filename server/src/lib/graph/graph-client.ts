import { Client, HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';

/** A Microsoft Graph client for one caller; `baseUrl` lets tests and local mode point it at a stand-in. */
export function createGraphClient({
  baseUrl,
  getAccessToken,
}: {
  baseUrl: string;
  getAccessToken: () => Promise<string>;
}): Client {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') throw new Error(`Microsoft Graph must be reached over HTTPS (${baseUrl}).`);
  return Client.initWithMiddleware({
    baseUrl: url.origin,
    defaultVersion: url.pathname.replace(/^\/|\/$/g, '') || 'v1.0',
    customHosts: new Set([url.hostname]),
    // A token error reaches the caller as a GraphError whose code is the problem's name (see graphProblem).
    authProvider: { getAccessToken },
  });
}

/** Puts a fixed bearer token on every request (the Graph SDK's own handler skips plain-HTTP hosts). */
class FixedTokenMiddleware implements Middleware {
  private nextMiddleware?: Middleware;
  constructor(private readonly token: string) {}
  async execute(context: Context): Promise<void> {
    const options = (context.options ??= {});
    if (options.headers instanceof Headers) options.headers.set('Authorization', `Bearer ${this.token}`);
    else
      options.headers = {
        ...(options.headers as Record<string, string> | undefined),
        Authorization: `Bearer ${this.token}`,
      };
    await this.nextMiddleware!.execute(context);
  }
  setNext(next: Middleware): void {
    this.nextMiddleware = next;
  }
}

/** A client for a Graph-shaped stand-in on loopback over plain HTTP (local mode). */
export function createLoopbackGraphClient({ baseUrl, token }: { baseUrl: string; token: string }): Client {
  const url = new URL(baseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    throw new Error(`Plain HTTP is only for a stand-in on loopback (${baseUrl}).`);
  return Client.initWithMiddleware({
    baseUrl: url.origin,
    defaultVersion: url.pathname.replace(/^\/|\/$/g, '') || 'v1.0',
    middleware: [new FixedTokenMiddleware(token), new HTTPMessageHandler()],
  });
}
