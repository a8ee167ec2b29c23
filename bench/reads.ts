// Read path bench: `GET /api/v1/contacts/{id}` with an API token, through the whole app (sign-in,
// guards, store, serialisation), against its baseline in the same run: a bare Fastify route that
// answers the same JSON. Both are driven by `inject` (no sockets), in interleaved rounds, so the
// ratio is the app's own overhead per request. SQLite always; PostgreSQL when
// RAPPORT_TEST_DATABASE_URL is set.
import Fastify from "fastify";
import { buildApp } from "../src/server/app.js";
import { createUser } from "../src/services/accounts.js";
import type { Deps } from "../src/services/context.js";
import { createToken } from "../src/services/tokens.js";
import type { DialectName } from "../src/store/db.js";
import { dialects, freshStore } from "../test/support/db.js";
import { collected, percentile, type BenchLine, type BenchOptions } from "./report.js";

const full = { warmup: 100, rounds: 10, perRound: 300 };
const quick = { warmup: 30, rounds: 3, perRound: 100 };

async function timed(requests: number, once: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    await once();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function benchOn(dialect: DialectName, size: typeof full): Promise<BenchLine> {
  const { store, drop } = await freshStore(dialect);
  const deps: Deps = { store, now: () => new Date() };
  const app = await buildApp({ deps, version: "bench" });
  const bare = Fastify();
  try {
    const { actor } = await createUser(deps, {
      email: "bench@example.test",
      password: "a long enough password",
      name: "Bench",
      workspace: "Bench",
    });
    const { token } = await createToken(deps, actor, "bench");
    const headers = { authorization: `Bearer ${token}` };
    const created = await app.inject({
      method: "POST",
      url: "/api/v1/contacts",
      headers,
      payload: { name: "Ada Lovelace", emails: ["ada@example.com"], tags: ["math"], title: "Analyst" },
    });
    const url = `/api/v1/contacts/${created.json<{ id: string }>().id}`;
    const same = (await app.inject({ method: "GET", url, headers })).body;
    bare.get("/contact", (_req, reply) => reply.type("application/json").send(same));
    await bare.ready();

    const whole = () => app.inject({ method: "GET", url, headers });
    const baseline = () => bare.inject({ method: "GET", url: "/contact" });
    await timed(size.warmup, whole);
    await timed(size.warmup, baseline);
    const app_: number[] = [];
    const base: number[] = [];
    for (let round = 0; round < size.rounds; round++) {
      collected();
      app_.push(...(await timed(size.perRound, whole)));
      collected();
      base.push(...(await timed(size.perRound, baseline)));
    }
    const rate = (samples: number[]) => 1000 / (samples.reduce((a, b) => a + b, 0) / samples.length);
    const appRate = rate(app_);
    const baseRate = rate(base);
    const ratio = appRate / baseRate;
    return {
      name: `reads: GET contact, ${dialect}`,
      summary:
        `${Math.round(appRate)}/s (p50 ${percentile(app_, 50).toFixed(2)} ms, p95 ` +
        `${percentile(app_, 95).toFixed(2)} ms) vs bare route ${Math.round(baseRate)}/s: ` +
        `${ratio.toFixed(2)}× the bare route`,
      figures: {
        perSecond: appRate,
        barePerSecond: baseRate,
        ratio,
        p50: percentile(app_, 50),
        p95: percentile(app_, 95),
        max: percentile(app_, 100),
      },
      ratio: { value: Number(ratio.toFixed(3)), of: "the bare route's requests/s" },
    };
  } finally {
    await bare.close();
    await app.close();
    await drop();
  }
}

export default async function readsBench(options: BenchOptions): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  for (const dialect of dialects) lines.push(await benchOn(dialect, options.quick ? quick : full));
  return lines;
}
