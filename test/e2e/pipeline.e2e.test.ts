// The pipeline in the browser: add a deal, move it through the truth-based stages with the
// accessible Move to control, see the API's refusal next to the field it names, and give the
// agreed decision date that deciding needs.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { contactCreate } from "../../src/contract/contacts.js";
import { createContact } from "../../src/services/contacts.js";
import { dialects } from "../support/db.js";
import { describeE2E, runAxe, screenshot, type E2E } from "./support/index.js";
import { contentWidth, phoneAt, startSignedIn, type SignedInRun } from "./support/signed-in.js";

const shots = "test/e2e/.screenshots";

/** A date two weeks after today (UTC, the test account's zone), as YYYY-MM-DD. */
function inTwoWeeks(): string {
  return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
}

describeE2E.each(dialects)("the pipeline in the browser on %s", (dialect) => {
  let run: SignedInRun;
  let e2e: E2E;
  let page: Page;
  const column = (stage: string) => page.getByRole("region", { name: new RegExp(`^${stage} \\(`) });
  const card = () => page.getByRole("article", { name: "Office move" });

  beforeAll(async () => {
    run = await startSignedIn(dialect);
    ({ e2e, page } = run);
    await createContact(e2e.server.deps, run.actor, contactCreate.parse({ name: "Nadia Berger" }));
  });
  afterAll(() => run?.e2e.close());

  it("explains an empty pipeline, then adds a deal that starts in exploring", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Pipeline" }).click();
    await page.getByRole("heading", { level: 1, name: "Pipeline" }).waitFor();
    await page.getByText("No deals yet").waitFor();
    await page.getByRole("button", { name: "Add a deal" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a deal" });
    await dialog.getByLabel("Contact", { exact: true }).selectOption({ label: "Nadia Berger" });
    await dialog.getByLabel("Title").fill("Office move");
    await dialog.getByRole("button", { name: "Add deal" }).click();
    await column("Exploring").getByRole("article", { name: "Office move" }).waitFor();
    await card().getByRole("link", { name: "Nadia Berger" }).waitFor();
  });

  it("shows the API's refusal next to the field it names, and moves once it is answered", async () => {
    await card().getByLabel("Move to").selectOption({ label: "Needs understood" });
    await card().getByRole("button", { name: "Move" }).click();
    const needs = card().getByLabel("What they need, in their words");
    await needs.and(page.locator("[aria-invalid=true]")).waitFor();
    await card().getByText("Write down what they need, in their words", { exact: false }).first().waitFor();
    expect(await column("Exploring").getByRole("article", { name: "Office move" }).count()).toBe(1);

    await needs.fill("Move two offices without a day of downtime");
    await card().getByRole("button", { name: "Move" }).click();
    await column("Needs understood").getByRole("article", { name: "Office move" }).waitFor();
    await page.getByText("“Office move” is now in needs understood.").waitFor();
  });

  it("moves a deal on to deciding with the date both agreed", async () => {
    await card().getByLabel("Move to").selectOption({ label: "Deciding" });
    await card().getByLabel("Agreed decision date").fill(inTwoWeeks());
    await card().getByRole("button", { name: "Move" }).click();
    await column("Deciding").getByRole("article", { name: "Office move" }).waitFor();
    await card().getByText("Decision agreed for", { exact: false }).waitFor();
    const [saved] = (await (await page.request.get("/api/v1/deals")).json()).items;
    expect(saved).toMatchObject({ stage: "deciding", decisionOn: inTwoWeeks() });
  });

  it("shows what a deal is worth, and the stage's total", async () => {
    await page.getByRole("button", { name: "Add a deal" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a deal" });
    await dialog.getByLabel("Contact", { exact: true }).selectOption({ label: "Nadia Berger" });
    await dialog.getByLabel("Title").fill("Archive scanning");
    await dialog.getByLabel("Amount").fill("4200");
    await dialog.getByLabel("Currency").fill("EUR");
    await dialog.getByRole("button", { name: "Add deal" }).click();
    const scanning = column("Exploring").getByRole("article", { name: "Archive scanning" });
    await scanning.getByText("Worth €4,200").waitFor();
    await column("Exploring").getByText("Worth €4,200 in all").waitFor();
  });

  it("has no serious accessibility problem, and its columns stack on a phone", async () => {
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, "pipeline-desktop", shots, { fullPage: true });
    const phone = await phoneAt(e2e, "/pipeline");
    await screenshot(phone, "pipeline-phone", shots, { fullPage: true });
    expect(await contentWidth(phone)).toBeLessThanOrEqual(375);
    expect(run.errors).toEqual([]);
  });
});
