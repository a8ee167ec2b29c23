// Today and the log-a-touch dialog in the browser: a touch whose notes mention a dated personal
// matter, the matter confirmed in one click, and the contact on Today on the day it is due.
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { dialects } from "../support/db.js";
import { contactCreate } from "../../src/contract/contacts.js";
import { createContact } from "../../src/services/contacts.js";
import { seedDueContacts } from "../support/agenda.js";
import { describeE2E, runAxe, screenshot } from "./support/index.js";
import { contentWidth, startSignedIn, type SignedInRun } from "./support/signed-in.js";

const shots = path.join(os.tmpdir(), "rapport-e2e-shots");

describeE2E.each(dialects)("Today and logging a touch on %s", (dialect) => {
  let run: SignedInRun;
  let page: Page;
  let contactId: string;

  beforeAll(async () => {
    run = await startSignedIn(dialect);
    page = run.page;
    page.setDefaultTimeout(8000);
    const input = contactCreate.parse({ name: "Dana Whitfield", stage: "customer" });
    contactId = (await createContact(run.e2e.server.deps, run.actor, input)).id;
  });
  afterAll(() => run?.e2e.close());

  it("warns before saving when a solution is presented before the needs are understood", async () => {
    await page.goto(`/contacts/${contactId}`);
    await page.getByRole("button", { name: "Log a touch" }).click();
    const dialog = page.getByRole("dialog", { name: "Log a touch" });
    await dialog.getByText("Dana Whitfield").waitFor();
    await dialog.getByRole("checkbox", { name: "Solution presented" }).check();
    await dialog.getByText("A solution or a decision came before their needs were understood.").waitFor();
    await dialog.getByRole("checkbox", { name: "Needs understood" }).check();
    await dialog.getByText("A solution or a decision came before").waitFor({ state: "detached" });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
  });

  it("logs a touch, confirms the matter read from its notes, and shows it on Today when it is due", async () => {
    await page.getByRole("button", { name: "Log a touch" }).click();
    const dialog = page.getByRole("dialog", { name: "Log a touch" });
    await dialog
      .getByLabel("Notes")
      .fill("Lovely call. Her daughter's recital is on 2027-01-15, she is nervous.");
    await dialog.getByRole("button", { name: "Save touch" }).click();
    await dialog.getByText("Touch saved.").waitFor();
    const proposal = dialog.getByRole("listitem").filter({ hasText: "recital" });
    await screenshot(page, "log-touch-proposals", shots);
    await proposal.getByRole("button", { name: "Confirm" }).click();
    await proposal.getByText("Confirmed.").waitFor();
    await dialog.getByRole("button", { name: "Done" }).click();
    await dialog.waitFor({ state: "hidden" });

    const matters = page.getByRole("region", { name: "Open matters" });
    await matters.getByText("recital").first().waitFor();
    await page.getByRole("region", { name: "Timeline" }).getByText("Lovely call.").waitFor();

    const listed = await page.request.get(`/api/v1/contacts/${contactId}/matters`);
    const [matter] = ((await listed.json()) as { items: { followUpOn: string }[] }).items;
    expect(matter?.followUpOn).toMatch(/^2027-01-/);
    await page.goto(`/today?date=${matter!.followUpOn}`);
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    const item = page.getByRole("article", { name: "Dana Whitfield" });
    await item.getByText("recital").first().waitFor();
    expect(await item.getByRole("link", { name: "Dana Whitfield" }).getAttribute("href")).toBe(
      `/contacts/${contactId}`,
    );
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, "today-desktop", shots, { fullPage: true });
  });

  it("opens the dialog with n anywhere, asking which contact away from a contact page", async () => {
    await page.keyboard.press("n");
    const dialog = page.getByRole("dialog", { name: "Log a touch" });
    await dialog.getByRole("combobox", { name: "Contact", exact: true }).waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
  });

  it("prefills the dialog from the suggestion when logging from Today", async () => {
    const item = page.getByRole("article", { name: "Dana Whitfield" });
    await item.getByRole("button", { name: "Log touch" }).click();
    const dialog = page.getByRole("dialog", { name: "Log a touch" });
    await dialog.getByText("Dana Whitfield").waitFor();
    const intent = await dialog.getByLabel("Intent").inputValue();
    expect(["give", "ask", "service"]).toContain(intent);
    await page.keyboard.press("Escape");
  });

  it("fits a 375 px phone", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole("article", { name: "Dana Whitfield" }).waitFor();
    await screenshot(page, "today-phone", shots, { fullPage: true });
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    await page.getByRole("button", { name: "Log touch" }).click();
    const dialog = page.getByRole("dialog", { name: "Log a touch" });
    await dialog.getByLabel("Notes").waitFor();
    await screenshot(page, "log-touch-phone", shots);
    expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  it("snoozes an item off the day", async () => {
    const item = page.getByRole("article", { name: "Dana Whitfield" });
    await item.getByRole("button", { name: "Snooze" }).click();
    await item.getByRole("button", { name: "Snooze it" }).click();
    await item.waitFor({ state: "detached" });
    expect(run.errors).toEqual([]);
  });

  it("shows the first later items and the next ones on Show more", async () => {
    // Added years ago and never touched: 60 clients due, 15 on the day and 45 later (20 at first).
    await seedDueContacts(run.e2e.server.deps.store.db, run.actor, 60, "2020-01-01T09:00:00.000Z");
    await page.goto("/today");
    await page.getByRole("heading", { name: "Later (45)" }).click();
    const later = page.getByRole("list", { name: "Later" });
    await later.getByRole("article", { name: "Client 00034" }).waitFor();
    expect(await later.getByRole("article").count()).toBe(20);
    await page.getByRole("button", { name: "Show more" }).click();
    await later.getByRole("article", { name: "Client 00059" }).waitFor();
    expect(await later.getByRole("article").count()).toBe(45);
    await page.getByRole("button", { name: "Show more" }).waitFor({ state: "detached" });
    expect(await runAxe(page)).toEqual([]);
    expect(run.errors).toEqual([]);
  });
});
