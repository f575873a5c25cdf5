/** Who is calling: taken from the verified access token. */
export interface RequestContext {
  tenantId: string;
  userId: string;
  userName: string;
  userEmail: string;
  appOnly: boolean;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      ctx?: RequestContext;
    }
  }
}
