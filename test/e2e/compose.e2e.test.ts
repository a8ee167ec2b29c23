// Compose in the browser: the coach reads a pushy draft as it is typed, says why, and rewrites a
// flagged phrase in one click; the page passes axe and fits a phone.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { dialects } from "../support/db.js";
import { describeE2E, runAxe, screenshot, type E2E } from "./support/index.js";
import { contentWidth, phoneAt, startSignedIn, type SignedInRun } from "./support/signed-in.js";

const shots = "test/e2e/.screenshots";
const pushy = "Just checking in! Act now, this offer ends Friday";

describeE2E.each(dialects)("compose in the browser on %s", (dialect) => {
  let run: SignedInRun;
  let e2e: E2E;
  let page: Page;

  beforeAll(async () => {
    run = await startSignedIn(dialect);
    ({ e2e, page } = run);
  });
  afterAll(() => run?.e2e.close());

  it("explains what the coach looks for before anything is written", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compose" }).click();
    await page.getByRole("heading", { level: 1, name: "Compose" }).waitFor();
    await page.getByText("Start writing, and the coach reads along").waitFor();
    await page.getByText("Urgency, scarcity and deadlines", { exact: false }).waitFor();
  });

  it("shows the coach's findings on a pushy draft and marks the phrases in the preview", async () => {
    await page.getByLabel("Kind").selectOption({ label: "Message" });
    await page.getByLabel("Draft", { exact: true }).fill(pushy);
    await page.getByText("Urgency or scarcity pushes them to decide on your timetable").first().waitFor();
    await page.getByText("Chasing for an answer adds pressure").waitFor();
    const preview = page.getByRole("group", { name: "Preview with findings marked" });
    await expect.poll(() => preview.textContent()).toBe(pushy);
    await expect
      .poll(() => preview.locator("mark").allTextContents())
      .toEqual(["Just checking in", "Act now", "offer ends"]);
  });

  it("applies the kinder wording to the draft in one click, and the findings follow", async () => {
    const chaser = page.getByRole("listitem").filter({ hasText: "Chasing for an answer" });
    await chaser.getByRole("button", { name: "Use the kinder wording" }).click();
    const draft = page.getByLabel("Draft", { exact: true });
    await expect
      .poll(() => draft.inputValue())
      .toMatch(/^If the timing or the fit isn't right, that's completely fine/);
    expect(await draft.inputValue()).not.toContain("Just checking in");
    await expect.poll(() => page.getByText("Chasing for an answer adds pressure").count()).toBe(0);
    await page.getByText("Urgency or scarcity pushes them to decide on your timetable").first().waitFor();
  });

  it("has no serious accessibility problem and fits a 375 px phone", async () => {
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, "compose-desktop", shots, { fullPage: true });
    const phone = await phoneAt(e2e, "/compose");
    await phone.getByLabel("Draft", { exact: true }).fill(pushy);
    await phone.getByText("Chasing for an answer adds pressure").waitFor();
    await screenshot(phone, "compose-phone", shots, { fullPage: true });
    expect(await contentWidth(phone)).toBeLessThanOrEqual(375);
    expect(run.errors).toEqual([]);
  });
});
