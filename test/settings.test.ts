import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { signUp, testApp, type Client, type TestApp } from "./support/app.js";

describe.each(dialects)("workspace settings on %s", (dialect) => {
  let t: TestApp;
  let owner: Client;
  beforeAll(async () => {
    t = await testApp(dialect);
    owner = await signUp(t, "Settings Team");
  });
  afterAll(() => t.close());

  it("shows the agenda defaults in effect before anything is set", async () => {
    const res = await owner.request("GET", "/api/v1/settings");
    expect(res.status).toBe(200);
    expect(res.body.agenda).toMatchObject({ agendaSize: 15, renewalWindowDays: 45, feedbackWindowDays: 10 });
    expect(res.body.agenda.cadenceDays).toMatchObject({
      prospect: 10,
      customer: 21,
      client: 45,
      advocate: 90,
    });
  });

  it("lets the owner change a part without losing the others", async () => {
    await owner.request("PATCH", "/api/v1/settings", { agenda: { cadenceDays: { client: 30 } } });
    const res = await owner.request("PATCH", "/api/v1/settings", {
      agenda: { agendaSize: 8 },
      coach: { disabledRules: ["buzzword"] },
      autoConfirmMatters: true,
    });
    expect(res.status).toBe(200);
    const read = await owner.request("GET", "/api/v1/settings");
    expect(read.body.agenda).toMatchObject({ agendaSize: 8 });
    expect(read.body.agenda.cadenceDays).toMatchObject({ client: 30, prospect: 10 });
    expect(read.body.stored).toMatchObject({
      coach: { disabledRules: ["buzzword"] },
      autoConfirmMatters: true,
    });
  });

  it.each([
    ["an unknown coach rule", { coach: { disabledRules: ["be-nice"] } }, "coach.disabledRules.0"],
    ["a zero cadence", { agenda: { cadenceDays: { client: 0 } } }, "agenda.cadenceDays.client"],
    ["an unknown setting", { colour: "blue" }, "colour"],
  ])("answers 400 naming the field for %s", async (_label, body, field) => {
    const res = await owner.request("PATCH", "/api/v1/settings", body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("does not let a member change settings", async () => {
    const member = await signUp(t, "Settings Team");
    const res = await member.request("PATCH", "/api/v1/settings", { agenda: { agendaSize: 3 } });
    expect(res.status).toBe(403);
  });
});
