import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from './app-error';
import { problemTitles, problemTypeUri } from './problem-titles';
import { databaseUnavailable, isTransientDatabaseError } from '../db/transient-error';

export function toProblem(error: AppError) {
  return {
    type: problemTypeUri(error.name),
    title: problemTitles[error.name],
    status: error.status,
    detail: error.detail,
    ...(error.options.errors ? { errors: error.options.errors } : {}),
    ...error.options.extra,
  };
}

/** Turns body-parser and other framework errors into AppErrors. */
function normalize(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as { type?: string; status?: number; message?: string };
  // A database failure that the data layer did not retry (a cursor being read) or that outlasted its retries.
  if (isTransientDatabaseError(error)) return databaseUnavailable(error);
  if (e?.type === 'entity.parse.failed')
    return new AppError('bad-request', 400, 'The request body is not valid JSON.', { cause: error });
  if (e?.type === 'entity.too.large')
    return new AppError('payload-too-large', 413, 'The request body is too large.', { cause: error });
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported')
    return new AppError('unsupported-media-type', 415, e.message ?? 'Unsupported encoding.', { cause: error });
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500)
    return new AppError('bad-request', e.status, e.message ?? 'Bad request.', { cause: error });
  return new AppError('internal', 500, 'An unexpected error occurred. It has been logged.', { cause: error });
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const appError = normalize(error);
  if (appError.status >= 500) req.log?.error({ err: error }, 'request failed');
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(appError.options.headers ?? {})) res.setHeader(name, value);
  res
    .status(appError.status)
    .type('application/problem+json')
    .send(JSON.stringify(toProblem(appError)));
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError('not-found', 404, `No route for ${req.method} ${req.path}.`));
};
