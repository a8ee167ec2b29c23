// A salesperson's first morning, through the browser only: first run, a contact, a touch whose
// notes mention a dated personal matter, the matter confirmed and on Today when it is due, the
// brief, a pushy draft softened in Compose, a deal moved on the pipeline, and signing out.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { dialects } from "../support/db.js";
import { consoleErrors, describeE2E, startE2E, type E2E } from "./support/index.js";

const now = new Date("2027-01-04T09:00:00Z");

describeE2E.each(dialects)("a first morning with Rapport on %s", (dialect) => {
  let e2e: E2E;
  let page: Page;
  let errors: string[];
  let contactPath = "";
  beforeAll(async () => {
    e2e = await startE2E({ dialect, now });
    page = await e2e.newPage();
    await page.clock.setFixedTime(now);
    errors = consoleErrors(page);
  });
  afterAll(() => e2e?.close());

  it("creates the first account on first run", async () => {
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Welcome to Rapport" }).waitFor();
    await page.getByLabel("Your name").fill("Jo Seller");
    await page.getByLabel("Email").fill("jo@example.com");
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Team or workspace name").fill("Jo's team");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  });

  it("adds a contact and opens their page", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contacts" }).click();
    const form = page.getByRole("form", { name: "Add a contact" });
    await form.getByLabel("Name").fill("Rosa Delgado");
    await form.getByRole("button", { name: "Add contact" }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toBe("Added Rosa Delgado.");
    await page
      .getByRole("region", { name: "Contacts found" })
      .getByRole("link", { name: "Rosa Delgado" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Rosa Delgado" }).waitFor();
    contactPath = new URL(page.url()).pathname;
  });

  it("logs a touch, confirms the personal matter in its notes, and finds it on Today when due", async () => {
    await page.getByRole("button", { name: "Log a touch" }).click();
    const dialog = page.getByRole("dialog", { name: "Log a touch" });
    await dialog
      .getByLabel("Notes")
      .fill("Good first call. Her son's graduation is on 2027-01-15, she is so proud.");
    await dialog.getByRole("button", { name: "Save touch" }).click();
    const proposal = dialog.getByRole("listitem").filter({ hasText: "graduation" });
    await proposal.getByRole("button", { name: "Confirm" }).click();
    await proposal.getByText("Confirmed.").waitFor();
    await dialog.getByRole("button", { name: "Done" }).click();
    await page.getByRole("region", { name: "Open matters" }).getByText("graduation").first().waitFor();

    await page.goto("/today?date=2027-01-16");
    const item = page.getByRole("article", { name: "Rosa Delgado" });
    await item.getByText("graduation").first().waitFor();
    await item.getByRole("link", { name: "Brief" }).click();
    await page.getByRole("heading", { level: 1, name: /Rosa Delgado/ }).waitFor();
    await page.getByText("graduation").first().waitFor();
    expect(new URL(page.url()).pathname).toBe(`${contactPath}/brief`);
  });

  it("dismisses the item with a reason, and the day no longer lists it", async () => {
    await page.goto("/today?date=2027-01-16");
    const item = page.getByRole("article", { name: "Rosa Delgado" });
    await item.getByRole("button", { name: "Dismiss" }).click();
    await item.getByLabel("Why dismiss Rosa Delgado?").fill("She told me about it at the trade fair");
    await item.getByRole("button", { name: "Dismiss it" }).click();
    await item.waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("article", { name: "Rosa Delgado" }).count()).toBe(0);
  });

  it("softens a pushy draft in Compose with one click", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compose" }).click();
    const draft = page.getByLabel("Draft", { exact: true });
    await draft.fill("Just checking in! Act now, this offer ends Friday.");
    const chaser = page.getByRole("listitem").filter({ hasText: "Chasing for an answer" });
    await chaser.getByRole("button", { name: "Use the kinder wording" }).click();
    await expect.poll(() => draft.inputValue()).not.toContain("Just checking in");
  });

  it("adds a deal and moves it on the pipeline", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Pipeline" }).click();
    await page.getByRole("button", { name: "Add a deal" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a deal" });
    await dialog.getByLabel("Contact", { exact: true }).selectOption({ label: "Rosa Delgado" });
    await dialog.getByLabel("Title").fill("Fleet tracking");
    await dialog.getByRole("button", { name: "Add deal" }).click();
    const card = page.getByRole("article", { name: "Fleet tracking" });
    await card.getByLabel("Move to").selectOption({ label: "Needs understood" });
    await card.getByLabel("What they need, in their words").fill("Know where every van is");
    await card.getByRole("button", { name: "Move" }).click();
    await page
      .getByRole("region", { name: /^Needs understood \(/ })
      .getByRole("article", { name: "Fleet tracking" })
      .waitFor();
  });

  it("signs out, and a deep link then asks to sign in and comes back", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.goto(contactPath);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.getByLabel("Email").fill("jo@example.com");
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Rosa Delgado" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("sends an expired session to sign in, and back to the page it was on", async () => {
    // Let the contact page finish its requests first: one answered after the jump would already
    // send the page to sign-in, with the contact page as where to come back to.
    await page.waitForLoadState("networkidle");
    e2e.server.setNow(new Date(now.getTime() + 40 * 24 * 3600 * 1000));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Pipeline" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(new URL(page.url()).searchParams.get("next")).toBe("/pipeline");
    await page.getByLabel("Email").fill("jo@example.com");
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Pipeline" }).waitFor();
  });
});
