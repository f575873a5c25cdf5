import type express from 'express';

/** An error the way Graph writes one. */
export const graphError = (res: express.Response, status: number, code: string, message: string) =>
  res.status(status).json({ error: { code, message } });

interface Failure {
  match: RegExp;
  status: number;
  code: string;
  count: number;
  retryAfterSeconds?: number;
}

/** Calls a test makes fail on purpose: `failNext` arms them, `middleware` (first on a router) answers them. */
export function createFailureInjector() {
  const failures: Failure[] = [];
  return {
    /**
     * The next `count` calls whose `METHOD path` (below the router) matches fail with this status (throttling, outages,
     * refusals).
     */
    failNext(match: RegExp, status: number, code: string, count = 1, retryAfterSeconds?: number) {
      failures.push({ match, status, code, count, retryAfterSeconds });
    },
    middleware(req: express.Request, res: express.Response, next: express.NextFunction) {
      const failure = failures.find((f) => f.match.test(`${req.method} ${req.path}`));
      if (!failure) return next();
      if (--failure.count <= 0) failures.splice(failures.indexOf(failure), 1);
      if (failure.retryAfterSeconds !== undefined) res.set('Retry-After', String(failure.retryAfterSeconds));
      graphError(res, failure.status, failure.code, 'Stand-in failure.');
    },
  };
}
