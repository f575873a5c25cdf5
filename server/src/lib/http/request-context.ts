/** Who is calling: taken from the verified access token. */
export interface RequestContext {
  tenantId: string;
  userId: string;
  userName: string;
  userEmail: string;
  appOnly: boolean;
  /** The verified bearer token itself: the assertion for on-behalf-of calls to Microsoft Graph. */
  accessToken: string;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      ctx?: RequestContext;
    }
  }
}
