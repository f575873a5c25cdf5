import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { PassThrough } from 'node:stream';
import { Type } from '@sinclair/typebox';
import { defineRoute, mountRoutes } from '../http/route-registry';
import { errorHandler } from '../errors/error-handler';
import { tableDownload } from './table-download';
import { writeXlsx } from './xlsx-writer';
import type { ExportColumn } from './table-columns';
import { readCsv, readXlsx } from '../../../../test/support/export-files';

interface Row {
  no: number;
}
const columns: ExportColumn<Row>[] = [{ key: 'no', kind: 'integer', value: (row) => row.no }];
const BATCH = Array.from({ length: 2000 }, (_, i) => ({ no: i + 1 }));

/** Batches of rows, then the source fails (a database gone part-way); `failAt: 0` fails at once. */
async function* failing(failAt: number) {
  for (let i = 0; i < failAt; i++) yield BATCH;
  throw new Error('the database went away');
}

/** Rows without end, read as long as the client takes them; `stopped` once the export let go. */
const endless = { batches: 0, stopped: false };
async function* endlessRows() {
  try {
    for (;;) {
      endless.batches++;
      yield BATCH;
    }
  } finally {
    endless.stopped = true;
  }
}

let server: Server;
let base: string;

beforeAll(async () => {
  const router = express.Router();
  const route = (path: string, failAt: number, rows = () => failing(failAt)) =>
    defineRoute({
      method: 'get',
      path,
      tag: 'Test',
      summary: 'An export whose rows fail',
      query: Type.Object({ format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')]) }),
      responses: {},
      handler: async ({ query }) =>
        tableDownload({
          format: query.format,
          fileName: 'rows',
          sheetName: 'Rows',
          columns,
          headers: { no: 'No.' },
          batches: rows(),
        }),
    });
  mountRoutes(router, [route('/late', 20), route('/early', 0), route('/endless', 0, endlessRows)], {
    retentionHours: 1,
    auth: (_q, _s, next) => next(),
  });
  const app = express();
  app.use(router);
  app.use(errorHandler);
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('tableDownload', () => {
  test.each(['xlsx', 'csv'])(
    'A failure part-way aborts the %s download: the client gets an incomplete transfer, not a shorter valid file',
    async (format) => {
      let status = 0;
      const read = async () => {
        const res = await fetch(`${base}/late?format=${format}`);
        status = res.status;
        return res.arrayBuffer();
      };
      await expect(read()).rejects.toThrow();
      expect(status).toBe(200);
    },
  );

  test('When the client goes away part-way, the export stops reading rows', async () => {
    const res = await fetch(`${base}/endless?format=csv`);
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    const deadline = Date.now() + 10_000;
    while (!endless.stopped && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    expect(endless.stopped).toBe(true);
    expect(endless.batches).toBeLessThan(1000);
  });

  test('A failure before the first row is answered as a problem, not as a file', async () => {
    const res = await fetch(`${base}/early?format=csv`);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('content-disposition')).toBeNull();
  });

  test('More rows than an Excel worksheet holds fail the workbook instead of making one Excel cannot open', async () => {
    async function* rows() {
      yield BATCH.slice(0, 2);
      yield BATCH.slice(2, 4);
    }
    const out = new PassThrough().resume();
    await expect(writeXlsx(out, 'Rows', columns, ['No.'], rows(), 3)).rejects.toThrow(
      /too many for an Excel worksheet/,
    );
  });

  test('Rows written from several batches read back in order, in both formats', async () => {
    async function* twoBatches() {
      yield BATCH.slice(0, 3);
      yield BATCH.slice(3, 5);
    }
    const file = async (format: 'xlsx' | 'csv') => {
      const result = await tableDownload({
        format,
        fileName: 'rows',
        sheetName: 'Rows: [all]',
        columns,
        headers: { no: 'No.' },
        batches: twoBatches(),
      });
      const chunks: Buffer[] = [];
      const out = new PassThrough();
      out.on('data', (chunk: Buffer) => chunks.push(chunk));
      await result.stream!(out);
      return Buffer.concat(chunks);
    };
    expect((await readXlsx(await file('xlsx'))).rows).toEqual([['No.'], [1], [2], [3], [4], [5]]);
    expect((await readCsv(await file('csv'))).rows).toEqual([['No.'], ['1'], ['2'], ['3'], ['4'], ['5']]);
  });
});
