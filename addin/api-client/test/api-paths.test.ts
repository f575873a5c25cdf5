import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { fillPath } from '../src/api-paths';
import { createInterlogApi } from '../src/interlog-api';

const root = resolve(__dirname, '../../..');

/** Runs the generator's check in a child process: it is an ES module that jest's CommonJS runtime cannot load. */
function checkGeneratedTypes(): Promise<{ code: number; output: string }> {
  return new Promise((ok) => {
    execFile(
      process.execPath,
      ['scripts/generate-api-types.mjs', '--check'],
      { cwd: root, timeout: 120_000 },
      (error, stdout, stderr) =>
        ok({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('generated/openapi.ts', () => {
  test('When the API types are generated again from the server’s routes, then they equal the committed file', async () => {
    const result = await checkGeneratedTypes();

    expect(result).toEqual({ code: 0, output: expect.stringContaining('matches the server') });
  }, 120_000);
});

describe('fillPath', () => {
  test('When a path has placeholders, then each is replaced by its value, encoded', () => {
    expect(fillPath('/segments/{no}/lines/{lineNo}', { no: 'SEG 1/2', lineNo: 30 })).toBe(
      '/segments/SEG%201%2F2/lines/30',
    );
  });

  test('When a placeholder has no value, then the request is refused before it is sent', () => {
    expect(() => fillPath('/segments/{no}', {})).toThrow('{no}');
  });
});

describe('typed requests', () => {
  test('When a path, method, placeholder or query parameter is not in the server’s document, then the call does not compile', () => {
    const { http } = createInterlogApi({ baseUrl: 'http://127.0.0.1:9/api/v1', getToken: async () => 't' });
    // Compile-time checks only: the functions are never called.
    const calls = [
      // @ts-expect-error: no such path
      () => http('GET', '/segment/{no}', { path: { no: 'S1' } }),
      // @ts-expect-error: the path takes no DELETE
      () => http('DELETE', '/contacts'),
      // @ts-expect-error: the placeholder's value is missing
      () => http('GET', '/segments/{no}'),
      // @ts-expect-error: not a query parameter of GET /segments
      () => http('GET', '/segments', { query: { colour: 'red' } }),
      () => http('GET', '/segments/{no}', { path: { no: 'S1' } }),
    ];

    expect(calls).toHaveLength(5);
  });
});
