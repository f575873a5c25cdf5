import type { ApiResponse } from '../support/test-app';

export const problemType = (name: string) => `https://interlog.dev/problems/${name}`;

/** The response is an RFC 9457 problem with this status (and, when given, this type). */
export function expectProblem(res: ApiResponse, status: number, type?: string) {
  expect({ status: res.status, contentType: res.headers.get('content-type') }).toEqual({
    status,
    contentType: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(res.body).toMatchObject({
    status,
    title: expect.any(String),
    detail: expect.any(String),
    ...(type ? { type: problemType(type) } : { type: expect.any(String) }),
  });
}

/** True when the response is a well-formed problem+json answer of a 4xx status. */
export function isClientProblem(res: ApiResponse): boolean {
  const body = res.body as Record<string, unknown> | null;
  return (
    res.status >= 400 &&
    res.status < 500 &&
    /^application\/problem\+json/.test(res.headers.get('content-type') ?? '') &&
    body !== null &&
    typeof body === 'object' &&
    body.status === res.status &&
    typeof body.type === 'string' &&
    typeof body.title === 'string' &&
    typeof body.detail === 'string'
  );
}
