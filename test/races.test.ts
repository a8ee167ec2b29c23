// Requests that race for the same thing: exactly one wins, the others get a 409, never a 500.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { signUp, testApp, type TestApp } from "./support/app.js";

describe.each(dialects)("races on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(() => t.close());

  it("creates exactly one owner when first-run setups race", async () => {
    const setups = 8;
    const answers = await whileWorkspacesLocked(t, setups, () =>
      Promise.all(
        Array.from({ length: setups }, (_, i) =>
          t.app.inject({
            method: "POST",
            url: "/api/v1/setup",
            payload: {
              email: `owner${i}@example.test`,
              password: "a long password",
              name: "O",
              workspaceName: "W",
            },
          }),
        ),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, ...Array<number>(setups - 1).fill(409)]);
    const members = await t.deps.store.db.selectFrom("memberships").select("role").execute();
    expect(members.filter((m) => m.role === "owner")).toHaveLength(1);
  });

  it("lets one of two invitations accepted at once with the same new email win, and the other conflict", async () => {
    const boss = await signUp(t, "Race Team");
    const tokens = await Promise.all(
      [1, 2].map(async () => (await boss.request("POST", "/api/v1/invites", {})).body.token as string),
    );
    const join = { email: "twice@example.test", password: "a new password", name: "Twice" };
    const answers = await Promise.all(
      tokens.map((token) =>
        t.app.inject({ method: "POST", url: `/api/v1/invites/${token}/accept`, payload: join }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const conflict = answers.find((a) => a.statusCode === 409);
    expect(conflict?.headers["content-type"]).toMatch(/application\/problem\+json/);
  });
});

/**
 * Runs `race` while another transaction holds the workspaces table (PostgreSQL), releasing it
 * once `waiters` sessions wait on a lock: every setup has then read the users it could and none
 * has committed, which is what a race on the network does. SQLite writers take turns anyway.
 */
async function whileWorkspacesLocked<T>(t: TestApp, waiters: number, race: () => Promise<T>): Promise<T> {
  if (t.deps.store.dialect !== "postgres") return race();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const holder = t.deps.store.db.transaction().execute(async (trx) => {
    await sql`lock table workspaces in exclusive mode`.execute(trx);
    await released;
  });
  const result = race();
  for (;;) {
    const { rows } = await sql<{ n: string }>`
      select count(*) as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(t.deps.store.db);
    if (Number(rows[0]?.n) >= waiters) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  release();
  await holder;
  return result;
}
