import {
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
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

/** Verifies an Entra ID style access token and returns who is calling. */
export function createTokenVerifier(options: VerifierOptions) {
  return async function verify(token: string): Promise<RequestContext> {
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
        clockTolerance: 60,
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
      tenantId: tid,
      userId: oid,
      userName: typeof payload.name === 'string' ? payload.name : '',
      userEmail: typeof payload.preferred_username === 'string' ? payload.preferred_username : '',
      appOnly,
      accessToken: token,
    };
  };
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
