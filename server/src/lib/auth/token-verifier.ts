import {
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { LRUCache } from 'lru-cache';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../http/request-context';

export const REQUIRED_SCOPE = 'access_as_user';
export const APP_ROLE = 'Interlog.ReadWrite.All';

export interface VerifierOptions {
  audience: string;
  /** May contain `{tenantid}`, replaced by the token's `tid`. */
  issuer: string;
  keys: JWTVerifyGetKey;
  allowedTenants: string[];
}

export const remoteKeys = (jwksUri: string) =>
  createRemoteJWKSet(new URL(jwksUri), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });

const unauthorized = (detail: string, cause?: unknown) =>
  new AppError('unauthorized', 401, detail, { cause, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The access token has expired.';
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `The access token's ${error.claim} claim is not valid for this API.`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'The access token signature is not valid.';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'The access token was signed with an unknown key.';
  return 'The access token is not valid.';
}

const CLOCK_TOLERANCE_S = 60;
/** A verified token is taken again without its signature check for this long at most (and never past its expiry). */
export const VERIFIED_TOKEN_TTL_MS = 5 * 60_000;

/**
 * Verifies an Entra ID style access token and returns who is calling. A token that passed is
 * remembered until it expires (at most VERIFIED_TOKEN_TTL_MS): a client sends the same token
 * with every request, and its signature check was the costliest step of a request.
 */
export function createTokenVerifier(options: VerifierOptions) {
  const verified = new LRUCache<string, RequestContext>({ max: 10_000, ttlAutopurge: false });
  return async function verifyCached(token: string): Promise<RequestContext> {
    const known = verified.get(token);
    if (known) return known;
    const { context, expiresAt } = await verify(token);
    const ttl = Math.min(VERIFIED_TOKEN_TTL_MS, expiresAt - Date.now());
    if (ttl > 0) verified.set(token, context, { ttl });
    return context;
  };

  async function verify(token: string): Promise<{ context: RequestContext; expiresAt: number }> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch (error) {
      throw unauthorized('The access token is not a JWT.', error);
    }
    const tid = typeof unverified.tid === 'string' ? unverified.tid : '';
    if (!/^[0-9a-zA-Z-]{1,64}$/.test(tid)) throw unauthorized('The access token has no valid tid (tenant) claim.');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        audience: options.audience,
        issuer: options.issuer.replace('{tenantid}', tid),
        algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'ES256'],
        requiredClaims: ['exp', 'iss', 'aud'],
        clockTolerance: CLOCK_TOLERANCE_S,
      }));
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof joseErrors.JOSEError) throw unauthorized(describe(error), error);
      throw new AppError('unavailable', 503, 'The token signing keys could not be fetched.', { cause: error });
    }
    if (options.allowedTenants.length > 0 && !options.allowedTenants.includes(tid)) {
      throw new AppError('forbidden', 403, 'Your organization is not allowed to use this Interlog deployment.');
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    const roles = Array.isArray(payload.roles) ? (payload.roles as unknown[]) : [];
    const delegated = scopes.includes(REQUIRED_SCOPE);
    const appOnly = !delegated && roles.includes(APP_ROLE);
    if (!delegated && !appOnly) {
      throw new AppError(
        'forbidden',
        403,
        `The access token needs the ${REQUIRED_SCOPE} scope or the ${APP_ROLE} role.`,
      );
    }
    const oid = typeof payload.oid === 'string' ? payload.oid : typeof payload.sub === 'string' ? payload.sub : '';
    if (!oid) throw unauthorized('The access token has no oid claim.');
    return {
      context: Object.freeze({
        tenantId: tid,
        userId: oid,
        userName: typeof payload.name === 'string' ? payload.name : '',
        userEmail: typeof payload.preferred_username === 'string' ? payload.preferred_username : '',
        appOnly,
        accessToken: token,
      }),
      expiresAt: (payload.exp! + CLOCK_TOLERANCE_S) * 1000,
    };
  }
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
