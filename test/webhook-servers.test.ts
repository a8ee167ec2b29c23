// Several servers on one database: each webhook delivery is sent by exactly one of them, and one
// that dies holding deliveries leaves them to the others once its lease runs out. Also the
// scheduler that runs the deliveries inside a server, as the health check reports it.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/server/app.js";
import type { Deps } from "../src/services/context.js";
import { createScheduler } from "../src/services/scheduler.js";
import { deliverDue, webhookDeliveryJob } from "../src/services/webhook-delivery.js";
import { claimDeliveries } from "../src/store/deliveries.js";
import { openStore, type Store } from "../src/store/db.js";
import { dialects, sharedStore, type SharedStore } from "./support/db.js";
import { newContact, signUp, type Client, type TestApp } from "./support/app.js";
import { startReceiver, type Receiver } from "./support/webhook-receiver.js";

const start = new Date("2026-03-10T12:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);
const EVENTS = 24;

describe.each(dialects)("webhook deliveries from two servers on one %s database", (dialect) => {
  let shared: SharedStore;
  let second: Store;
  let t: TestApp;
  let other: Deps;
  let receiver: Receiver;
  let owner: Client;
  let secret = "";

  beforeAll(async () => {
    shared = await sharedStore(dialect);
    second = openStore(
      dialect === "sqlite"
        ? { kind: "sqlite", file: path.join(shared.where, "rapport.db") }
        : { kind: "postgres", url: shared.where },
    );
    // The receiver listens on loopback: an inside address, allowed here.
    const deps = { store: shared.store, now: () => start, insideWebhookTargets: true };
    other = { store: second, now: () => start, insideWebhookTargets: true };
    const app = await buildApp({ deps, version: "test" });
    t = { app, deps, close: () => app.close() };
    receiver = await startReceiver(
      () => secret,
      () => start,
    );
    owner = await signUp(t);
    const res = await owner.request("POST", "/api/v1/webhooks", {
      url: receiver.url,
      events: ["contact.created"],
    });
    secret = res.body.secret as string;
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
    await second.close();
    await shared.drop();
  });

  /** Adds `n` contacts: `n` deliveries for the receiver. */
  async function events(n: number): Promise<void> {
    for (let i = 0; i < n; i++) await newContact(owner, { name: `Contact ${i}` });
  }

  function expectEachOnce(count: number) {
    const ids = receiver.received.map((m) => m.id);
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
    expect(receiver.received.every((m) => m.verified)).toBe(true);
  }

  it("sends each delivery exactly once when both servers work through the queue at the same time", async () => {
    await events(EVENTS);
    const [one, two] = await Promise.all([
      deliverDue(t.deps, start, { batchSize: 2 }),
      deliverDue(other, start, { batchSize: 2 }),
    ]);
    expect(one + two).toBe(EVENTS);
    expectEachOnce(EVENTS);
    const log = (await owner.request("GET", "/api/v1/notifications?limit=200")).body.items as {
      status: string;
    }[];
    expect(log.map((d) => d.status)).toEqual(Array(EVENTS).fill("sent"));
  });

  it("leaves what a dead server had claimed until its lease runs out, then sends it once", async () => {
    receiver.received.length = 0;
    await events(3);
    // The first server claims the three, then dies before sending them.
    const claimed = await claimDeliveries(shared.store, {
      now: start.toISOString(),
      leaseUntil: later(60_000).toISOString(),
      token: "a server that died",
      limit: 10,
    });
    expect(claimed).toHaveLength(3);
    expect(await deliverDue(other, later(59_999))).toBe(0);
    expect(await deliverDue(other, later(60_000))).toBe(3);
    expect(await deliverDue(t.deps, later(120_000))).toBe(0);
    expectEachOnce(3);
  });

  it("runs the deliveries from the scheduler the server starts, and reports it in the health check", async () => {
    receiver.received.length = 0;
    // An hour between runs: the test runs it itself, at the instant it chooses.
    const scheduler = createScheduler([webhookDeliveryJob(other)], other.now, 3_600_000);
    const app = await buildApp({ deps: other, version: "test", scheduler });
    const health = async () =>
      (await app.inject({ method: "GET", url: "/api/v1/health" })).json<{ scheduler: unknown }>();
    try {
      await app.ready();
      await events(2);
      expect((await health()).scheduler).toEqual({ running: true, lastRunAt: null, queueDepth: 2 });
      await scheduler.runOnce(later(1_000));
      expect((await health()).scheduler).toEqual({
        running: true,
        lastRunAt: later(1_000).toISOString(),
        queueDepth: 0,
      });
      expectEachOnce(2);
    } finally {
      await app.close();
    }
    expect((await scheduler.status()).running).toBe(false);
  });
});
