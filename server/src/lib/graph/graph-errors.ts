import { AppError } from '../errors/app-error';

/** Graph's and Entra's refusals as problems the UI can act on (consent, missing scope, gone). */
export function graphProblem(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as { statusCode?: number; code?: string; message?: string; errorCode?: string; subError?: string };
  const message = e?.message ?? String(error);
  // The Graph SDK turns an error from getting the token into a GraphError (status -1) named after it.
  if (e?.statusCode === -1 && e.code === 'consent-required')
    return new AppError('consent-required', 403, message, { cause: error });
  if (
    e?.errorCode === 'invalid_grant' ||
    e?.errorCode === 'interaction_required' ||
    /AADSTS65001|consent_required|AADSTS50076/i.test(message)
  ) {
    return new AppError(
      'consent-required',
      403,
      "Interlog needs your consent (or your administrator's) to read this from Microsoft 365.",
      { cause: error, extra: { subError: e?.subError ?? '' } },
    );
  }
  if (e?.statusCode === 403)
    return new AppError('consent-required', 403, 'Microsoft Graph refused: a permission is missing for this request.', {
      cause: error,
    });
  if (e?.statusCode === 404)
    return new AppError('not-found', 404, 'Microsoft 365 has no such item (or it is not visible to you).', {
      cause: error,
    });
  return new AppError('graph-error', 502, `Microsoft Graph failed: ${message}`, { cause: error });
}
