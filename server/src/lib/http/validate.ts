import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { TSchema } from '@sinclair/typebox';
import { AppError, type FieldProblem } from '../errors/app-error';

const bodyAjv = addFormats(new Ajv({ allErrors: true, strict: false, useDefaults: false }));
const queryAjv = addFormats(new Ajv({ allErrors: true, strict: false, coerceTypes: true, useDefaults: true }));

const cache = new WeakMap<TSchema, ValidateFunction>();

function compile(ajv: Ajv, schema: TSchema) {
  let fn = cache.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    cache.set(schema, fn);
  }
  return fn;
}

function toFieldProblem(location: string, error: ErrorObject): FieldProblem {
  if (error.keyword === 'additionalProperties') {
    return {
      path: `/${location}${error.instancePath}/${error.params.additionalProperty}`,
      message: 'is not an allowed field',
    };
  }
  return { path: `/${location}${error.instancePath}`, message: error.message ?? 'is not valid' };
}

/** Validates (and for query/params coerces) one part of a request; throws a 400 listing every problem. */
export function validatePart<T>(location: 'body' | 'query' | 'params', schema: TSchema, value: unknown): T {
  const validator = compile(location === 'body' ? bodyAjv : queryAjv, schema);
  const copy = location === 'body' ? value : { ...(value as object) };
  if (!validator(copy)) {
    const errors = (validator.errors ?? []).map((e) => toFieldProblem(location, e));
    const unique = [...new Map(errors.map((e) => [`${e.path}:${e.message}`, e])).values()];
    throw new AppError('validation', 400, `The request ${location} is not valid.`, { errors: unique });
  }
  return copy as T;
}
