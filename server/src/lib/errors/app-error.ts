import type { ProblemName } from '../schema/common-schema';

export interface FieldProblem {
  path: string;
  message: string;
}

/** The one error type thrown anywhere; the error handler turns it into problem+json. */
export class AppError extends Error {
  constructor(
    public override readonly name: ProblemName,
    public readonly status: number,
    public readonly detail: string,
    public readonly options: {
      cause?: unknown;
      errors?: FieldProblem[];
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail, { cause: options.cause });
  }
}

export const notFound = (what: string, key: string | number) =>
  new AppError('not-found', 404, `${what} ${key} does not exist.`);
export const conflict = (detail: string, extra?: Record<string, unknown>) =>
  new AppError('conflict', 409, detail, { extra });
export const businessRule = (detail: string, extra?: Record<string, unknown>) =>
  new AppError('business-rule', 422, detail, { extra });
export const alreadyExists = (what: string, key: string | number) =>
  new AppError('already-exists', 409, `${what} ${key} already exists.`);
/** An If-Match that names an older version: someone else changed the record since the caller read it. */
export const preconditionFailed = (what: string, key?: string | number) =>
  new AppError(
    'precondition-failed',
    412,
    `${key === undefined ? what : `${what} ${key}`} was changed by someone else since you read it; ` +
      'read it again and repeat your change.',
  );
