// Insights in the browser: the charts of a small book, each with its figures in words and as a
// table, health bands included; the page passes axe and fits a 375 px phone.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { contactCreate } from "../../src/contract/contacts.js";
import { touchCreate } from "../../src/contract/touches.js";
import { createContact } from "../../src/services/contacts.js";
import { logTouch } from "../../src/services/touches.js";
import { dialects } from "../support/db.js";
import { describeE2E, runAxe, type E2E } from "./support/index.js";
import { contentWidth, phoneAt, startSignedIn, type SignedInRun } from "./support/signed-in.js";

describeE2E.each(dialects)("insights in the browser on %s", (dialect) => {
  let run: SignedInRun;
  let e2e: E2E;
  let page: Page;

  beforeAll(async () => {
    run = await startSignedIn(dialect);
    ({ e2e, page } = run);
    const { deps } = e2e.server;
    for (const name of ["Ines Alvarez", "Tomas Berg", "Wen Zhou"]) {
      const contact = await createContact(deps, run.actor, contactCreate.parse({ name, stage: "client" }));
      await logTouch(
        deps,
        run.actor,
        touchCreate.parse({
          contactId: contact.id,
          occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
          channel: "call",
          intent: name === "Wen Zhou" ? "ask" : "give",
        }),
      );
    }
  });
  afterAll(() => run?.e2e.close());

  it("shows give and take and the health of the book, in charts and in words", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" }).click();
    await page.getByRole("heading", { level: 1, name: "Insights" }).waitFor();
    await page.getByText("Team: 2 gives and 1 ask over the window", { exact: false }).waitFor();
    const health = page.getByRole("heading", { name: "Relationship health today" });
    await health.waitFor();
    await page.getByText(/Team: 3 contacts by health band; the median health is \d+ of 100\./).waitFor();
    expect(await runAxe(page)).toEqual([]);
  });

  it("fits a 375 px phone", async () => {
    const phone = await phoneAt(e2e, "/insights");
    await phone.getByRole("heading", { name: "Relationship health today" }).waitFor();
    expect(await contentWidth(phone)).toBeLessThanOrEqual(375);
  });
});
