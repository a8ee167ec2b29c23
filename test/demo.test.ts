import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../src/services/demo/load.js";
import { stories } from "../src/services/demo/stories.js";
import { dialects } from "./support/db.js";
import { signUp, testApp, type Client, type TestApp } from "./support/app.js";
import { signedInAs } from "../src/services/accounts.js";

describe.each(dialects)("the demo book on %s", (dialect) => {
  let t: TestApp;
  let user: Client;
  beforeAll(async () => {
    t = await testApp(dialect);
    user = await signUp(t);
  });
  afterAll(() => t.close());

  it("loads every story into an empty workspace, readable through the API", async () => {
    const { actor } = await signedInAs(t.deps, user.userId, user.workspaceId);
    const result = await loadDemo(t.deps, actor);
    expect(result.contacts).toBe(stories.length);
    expect(result.contacts).toBeGreaterThanOrEqual(30);
    expect(result.touches).toBeGreaterThan(30);
    expect(result.deals).toBeGreaterThan(3);
    expect(result.contracts).toBeGreaterThan(3);
    const contacts = await user.request("GET", "/api/v1/contacts?limit=200");
    expect(contacts.body.items).toHaveLength(stories.length);
    const maria = contacts.body.items.find((c: { name: string }) => c.name === "Maria Lopez");
    const touches = await user.request("GET", `/api/v1/contacts/${maria.id}/touches`);
    expect(touches.body.items.length).toBeGreaterThan(0);
  });

  it("refuses to load twice into the same workspace", async () => {
    const { actor } = await signedInAs(t.deps, user.userId, user.workspaceId);
    await expect(loadDemo(t.deps, actor)).rejects.toMatchObject({ code: "conflict" });
  });
});
