// `follow_up.due`: each follow-up is announced once, on the day it falls due in its owner's time
// zone (or the day it was snoozed to), however many servers look at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { announceDueFollowUps } from "../src/services/follow-up-due.js";
import { dialects } from "./support/db.js";
import { created, newContact, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const today = new Date("2026-03-10T12:00:00Z");

describe.each(dialects)("follow-ups falling due on %s", (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp(dialect, () => today);
  });
  afterAll(() => t.close());

  async function announced(client: Client): Promise<unknown[]> {
    const rows = await t.deps.store.db
      .selectFrom("events")
      .select("payload")
      .where("workspaceId", "=", client.workspaceId)
      .where("type", "=", "follow_up.due")
      .orderBy("seq")
      .execute();
    return rows.map((r) => JSON.parse(r.payload) as unknown);
  }

  async function followUp(client: Client, dueOn: string): Promise<string> {
    const contactId = await newContact(client);
    return (await created(client, "/api/v1/follow-ups", { contactId, dueOn })).id as string;
  }

  it("announces a follow-up once, when its day begins where its owner lives", async () => {
    const paris = await signUp(t, { timeZone: "Europe/Paris" });
    const utc = await signUp(t);
    const inParis = await followUp(paris, "2026-03-11");
    await followUp(utc, "2026-03-11");
    // 23:30 UTC on the 10th is 00:30 on the 11th in Paris.
    const parisMidnight = new Date("2026-03-10T23:30:00Z");
    await announceDueFollowUps(t.deps, new Date("2026-03-10T22:59:00Z"));
    expect(await announced(paris)).toEqual([]);
    await Promise.all([
      announceDueFollowUps(t.deps, parisMidnight),
      announceDueFollowUps(t.deps, parisMidnight),
    ]);
    await announceDueFollowUps(t.deps, new Date("2026-03-11T08:00:00Z"));
    const shown = (await paris.request("GET", `/api/v1/follow-ups/${inParis}`)).body as unknown;
    expect(await announced(paris)).toEqual([shown]);
    expect(await announced(utc)).toHaveLength(1);
  });

  it("announces a snoozed follow-up again on the day it was snoozed to, and never a done one", async () => {
    const sam = await signUp(t);
    const snoozed = await followUp(sam, "2026-03-09");
    const done = await followUp(sam, "2026-03-09");
    await announceDueFollowUps(t.deps, today);
    expect(await announced(sam)).toHaveLength(2);
    expect(
      (await sam.request("POST", `/api/v1/follow-ups/${snoozed}/snooze`, { until: "2026-03-12" })).status,
    ).toBe(200);
    expect((await sam.request("POST", `/api/v1/follow-ups/${done}/complete`)).status).toBe(200);
    await announceDueFollowUps(t.deps, new Date("2026-03-11T12:00:00Z"));
    expect(await announced(sam)).toHaveLength(2);
    await announceDueFollowUps(t.deps, new Date("2026-03-12T00:00:00Z"));
    expect((await announced(sam)).slice(2)).toMatchObject([
      { id: snoozed, status: "snoozed", snoozedUntil: "2026-03-12" },
    ]);
  });

  it("does not announce a follow-up more than a week overdue when first seen", async () => {
    const lea = await signUp(t);
    await followUp(lea, "2026-03-02");
    await followUp(lea, "2026-03-03");
    await announceDueFollowUps(t.deps, today);
    expect(await announced(lea)).toMatchObject([{ dueOn: "2026-03-03" }]);
  });
});
