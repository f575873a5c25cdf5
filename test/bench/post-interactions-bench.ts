import express from 'express';
import mongoose from 'mongoose';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import type { ApiClient } from '../support/test-app';
import { statisticsSettled } from '../../server/src/statistics';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Rounds of the bare route and the app, alternating, so that a change in the machine's load hits both alike. */
const ROUNDS = Number(process.env.BENCH_POST_ROUNDS ?? 3);
/** A round's length: long enough for the statistics fold (10 s at most after a burst's first write) to run in it. */
const ROUND_S = Number(process.env.BENCH_POST_ROUND_S ?? DURATION_S);

async function cannon(url: string, headers: Record<string, string>, body: string, duration: number) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections: CONNECTIONS,
    duration,
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors`);
  return result;
}

/** A route that does nothing but one insertOne into the same database: what a write costs at the least. */
async function startBareRoute() {
  const bare = express();
  bare.use(express.json());
  const rawCollection = mongoose.connection.db!.collection('bench_bare_inserts');
  bare.post('/bare', async (req, res) => {
    const doc = { ...req.body, _id: `${Date.now()}:${Math.random()}`, createdAt: new Date() };
    await rawCollection.insertOne(doc as never);
    res.status(201).json(doc);
  });
  const server = bare.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/bare`, close: () => server.close() };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** POST /interactions against the bare route, 10 connections, in alternating rounds: req/s and p99 of each. */
export async function postInteractionsBench(api: ApiClient, baseUrl: string) {
  const body = JSON.stringify({ contactNo: 'HOTCONTACT', templateCode: 'MAILING', subject: 'Bench' });
  const bare = await startBareRoute();
  const rounds: Array<{ app: number; bare: number; appP99: number; bareP99: number }> = [];

  try {
    for (let round = 0; round < ROUNDS; round++) {
      const baseline = await cannon(bare.url, {}, body, ROUND_S);
      const app = await cannon(`${baseUrl}/interactions`, { authorization: `Bearer ${api.token}` }, body, ROUND_S);
      // What the burst left to fold goes before the next round, not into the bare route's.
      await statisticsSettled();
      rounds.push({
        app: app.requests.average,
        bare: baseline.requests.average,
        appP99: app.latency.p99,
        bareP99: baseline.latency.p99,
      });
      console.log(
        `  round ${round + 1}: POST /interactions ${app.requests.average.toFixed(0)} req/s (p50 ${app.latency.p50} ms, ` +
          `p99 ${app.latency.p99} ms), bare insertOne route ${baseline.requests.average.toFixed(0)} req/s ` +
          `(p99 ${baseline.latency.p99} ms)`,
      );
    }
  } finally {
    bare.close();
  }
  const ratio = median(rounds.map((r) => r.app / r.bare));
  console.log(`  ratio, median of ${ROUNDS} rounds (target >= 0.5): ${ratio.toFixed(2)}`);
  return {
    ratio,
    p99: median(rounds.map((r) => r.appP99)),
    p99Ratio: median(rounds.map((r) => r.appP99 / r.bareP99)),
  };
}
