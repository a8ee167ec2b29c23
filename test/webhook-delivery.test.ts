// Webhook deliveries end to end: signed as Standard Webhooks specifies, received by a real HTTP
// server on loopback, retried with backoff, logged, and sent once however many servers share the
// database. Time is passed in (`deliverDue(deps, at)`), never waited for.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { deliverDue, type DeliveryOptions } from "../src/services/webhook-delivery.js";
import { sign } from "../src/services/webhook-signature.js";
import { dialects } from "./support/db.js";
import { newContact, signUp, testApp, type Client, type TestApp } from "./support/app.js";
import { startReceiver, verifySignature, type Receiver } from "./support/webhook-receiver.js";

const start = new Date("2026-03-10T12:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);
const options: DeliveryOptions = { retry: { baseMs: 1_000, maxAttempts: 3 }, random: () => 0 };

describe("webhook signatures", () => {
  it("match the Standard Webhooks specification's own example", () => {
    const signature = sign(
      "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      "msg_p5jXN8AQM9LWM0D4loKWxJek",
      1614265330,
      '{"test": 2432232314}',
    );
    expect(signature).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("verify with the right secret only, on the body as sent, within five minutes", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const at = 1614265330;
    const headers = { "webhook-id": "msg_1", "webhook-timestamp": String(at), "webhook-signature": "" };
    headers["webhook-signature"] = `v2,x ${sign(secret, "msg_1", at, "{}")}`;
    const when = new Date(at * 1000);
    expect(verifySignature(secret, headers, "{}", when)).toBe(true);
    expect(verifySignature("whsec_" + Buffer.alloc(32).toString("base64"), headers, "{}", when)).toBe(false);
    expect(verifySignature(secret, headers, "{ }", when)).toBe(false);
    expect(verifySignature(secret, headers, "{}", new Date((at + 301) * 1000))).toBe(false);
  });
});

describe.each(dialects)("webhook delivery on %s", (dialect) => {
  let t: TestApp;
  let receiver: Receiver;
  let secret = "";

  beforeAll(async () => {
    t = await testApp(dialect, () => start);
    // The receivers listen on loopback: inside addresses, allowed here (refused by default, below).
    t.deps.insideWebhookTargets = true;
  });
  afterAll(() => t.close());
  afterEach(() => receiver.close());

  /** A new owner with a webhook for `events` to a fresh receiver. */
  async function hooked(events: string[], url?: string): Promise<{ owner: Client; webhookId: string }> {
    receiver = await startReceiver(
      () => secret,
      () => start,
    );
    const owner = await signUp(t);
    const res = await owner.request("POST", "/api/v1/webhooks", { url: url ?? receiver.url, events });
    expect(res.status).toBe(201);
    secret = res.body.secret as string;
    return { owner, webhookId: res.body.id as string };
  }

  const log = async (client: Client): Promise<{ id: string }[]> =>
    (await client.request("GET", "/api/v1/notifications")).body.items as { id: string }[];
  const queueDepth = async () =>
    (await t.app.inject({ method: "GET", url: "/api/v1/health" })).json<{
      scheduler: { queueDepth: number };
    }>().scheduler.queueDepth;

  it("sends each event once, signed, as {type, timestamp, data}, and logs it as sent", async () => {
    const { owner, webhookId } = await hooked(["contact.created"]);
    const ids = [await newContact(owner, { name: "Ann" }), await newContact(owner, { name: "Ben" })];
    expect(await queueDepth()).toBe(2);
    expect(await deliverDue(t.deps, start, options)).toBe(2);
    expect(await deliverDue(t.deps, later(3_600_000), options)).toBe(0);

    expect(receiver.received.map((m) => m.verified)).toEqual([true, true]);
    // Sent in parallel: they may arrive in any order.
    const bodies = receiver.received.map((m) => JSON.parse(m.body) as { data: { id: string } });
    const contacts = await Promise.all(
      ids.map(async (id) => (await owner.request("GET", `/api/v1/contacts/${id}`)).body as unknown),
    );
    expect(bodies.sort((a, b) => ids.indexOf(a.data.id) - ids.indexOf(b.data.id))).toEqual(
      contacts.map((data) => ({ type: "contact.created", timestamp: start.toISOString(), data })),
    );
    expect(receiver.received[0]!.timestamp).toBe(start.getTime() / 1000);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await log(owner)).sort(byId)).toEqual(
      receiver.received.sort(byId).map((m) => ({
        id: m.id,
        kind: "webhook",
        webhookId,
        eventId: expect.any(String) as unknown,
        eventType: "contact.created",
        url: receiver.url,
        status: "sent",
        attempts: 1,
        responseStatus: 200,
        error: null,
        createdAt: start.toISOString(),
        updatedAt: start.toISOString(),
      })),
    );
    expect(await queueDepth()).toBe(0);
  });

  it("delivers only the event types a webhook subscribed to", async () => {
    const { owner } = await hooked(["touch.created"]);
    await newContact(owner);
    expect(await deliverDue(t.deps, start, options)).toBe(0);
    expect(await log(owner)).toEqual([]);
  });

  it("retries a failing receiver with exponential backoff, with the same webhook-id, until it answers", async () => {
    const { owner } = await hooked(["contact.created"]);
    receiver.answer = () => (receiver.received.length < 3 ? 500 : 204);
    await newContact(owner);
    const timeline: [number, number][] = [
      [0, 1], // first attempt, answered 500: again in 1 s
      [999, 0],
      [1_000, 1], // second, answered 500: again in 2 s
      [2_999, 0],
      [3_000, 1], // third, answered 204
      [3_600_000, 0],
    ];
    for (const [ms, attempts] of timeline) {
      expect(await deliverDue(t.deps, later(ms), options), `at +${ms} ms`).toBe(attempts);
    }
    expect(new Set(receiver.received.map((m) => m.id)).size).toBe(1);
    expect(receiver.received.map((m) => m.verified)).toEqual([true, true, true]);
    expect(await log(owner)).toMatchObject([
      {
        status: "sent",
        attempts: 3,
        responseStatus: 204,
        error: null,
        updatedAt: later(3_000).toISOString(),
      },
    ]);
  });

  it("marks a delivery failed after its last attempt, with why", async () => {
    const closed = await startReceiver(
      () => secret,
      () => start,
    );
    await closed.close();
    const { owner } = await hooked(["contact.created"], closed.url);
    await newContact(owner);
    expect(await deliverDue(t.deps, start, options)).toBe(1);
    expect(await log(owner)).toMatchObject([{ status: "pending", attempts: 1, error: "ECONNREFUSED" }]);
    expect(await deliverDue(t.deps, later(1_000), options)).toBe(1);
    expect(await deliverDue(t.deps, later(3_000), options)).toBe(1);
    expect(await deliverDue(t.deps, later(3_600_000), options)).toBe(0);
    expect(await log(owner)).toMatchObject([
      { status: "failed", attempts: 3, responseStatus: null, error: "ECONNREFUSED" },
    ]);
  });

  it("sends nothing more to a deleted webhook, and logs its pending deliveries as failed", async () => {
    const { owner, webhookId } = await hooked(["contact.created"]);
    await newContact(owner);
    expect((await owner.request("DELETE", `/api/v1/webhooks/${webhookId}`)).status).toBe(200);
    await newContact(owner);
    expect(await deliverDue(t.deps, start, options)).toBe(1);
    expect(receiver.received).toEqual([]);
    expect(await log(owner)).toMatchObject([
      {
        status: "failed",
        attempts: 1,
        url: receiver.url,
        error: "the webhook was deleted before this could be sent",
      },
    ]);
  });

  describe("to this server's own network", () => {
    afterEach(() => {
      t.deps.insideWebhookTargets = true;
    });

    it("refuses to save a webhook to a loopback, private or link-local address, unless allowed", async () => {
      t.deps.insideWebhookTargets = false;
      receiver = await startReceiver(
        () => secret,
        () => start,
      );
      const owner = await signUp(t);
      for (const url of [
        receiver.url,
        "http://localhost:8080/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/hook",
        "http://[::1]:9000/hook",
        "http://[::ffff:127.0.0.1]/hook",
      ]) {
        const res = await owner.request("POST", "/api/v1/webhooks", { url, events: ["contact.created"] });
        expect(res.status, url).toBe(400);
        expect(res.body.errors, url).toEqual([expect.objectContaining({ field: "url" })]);
      }
      const created = await owner.request("POST", "/api/v1/webhooks", {
        url: "https://hooks.example.com/rapport",
        events: ["contact.created"],
      });
      expect(created.status).toBe(201);
      const moved = await owner.request("PATCH", `/api/v1/webhooks/${created.body.id}`, {
        url: "http://192.168.1.10/hook",
      });
      expect(moved.status).toBe(400);
    });

    it("sends nothing to an inside address saved while they were allowed, and logs why", async () => {
      const { owner } = await hooked(["contact.created"]);
      const named = receiver.url.replace("127.0.0.1", "localhost");
      const hook = await owner.request("POST", "/api/v1/webhooks", {
        url: named,
        events: ["contact.created"],
      });
      expect(hook.status).toBe(201);
      t.deps.insideWebhookTargets = false;
      await newContact(owner);
      expect(await deliverDue(t.deps, start, options)).toBe(2);
      expect(receiver.received).toEqual([]);
      const errors = (await log(owner)).map((d) => (d as { error?: string }).error);
      expect(errors).toHaveLength(2);
      expect(errors).toEqual(
        expect.arrayContaining(["localhost is this server", "127.0.0.1 is a private or local address"]),
      );
    });
  });
});
