import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error';
import type { TokenVerifier } from './token-verifier';

export function requireAuth(verify: TokenVerifier): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get('Authorization') ?? '';
    const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(header);
    if (!match) {
      next(
        new AppError('unauthorized', 401, 'Send an access token as "Authorization: Bearer <token>".', {
          headers: { 'WWW-Authenticate': 'Bearer' },
        }),
      );
      return;
    }
    req.ctx = await verify(match[1]);
    next();
  };
}
