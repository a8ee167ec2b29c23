// Contacts in the browser: first run, quick add, names rendered as text, search as you type with
// the `/` shortcut, and a contact page that passes axe and fits a phone.
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { dialects } from "../support/db.js";
import { consoleErrors, describeE2E, runAxe, screenshot, startE2E, type E2E } from "./support/index.js";
import { contentWidth } from "./support/signed-in.js";

// Screenshots to look at after a run (not committed): the OS temp directory.
const shots = path.join(os.tmpdir(), "rapport-e2e-shots");
const htmlName = "<img src=x onerror=alert(1)>";

async function addContact(page: Page, name: string) {
  const form = page.getByRole("form", { name: "Add a contact" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Add contact" }).click();
  await expect.poll(() => form.getByRole("status").textContent()).toBe(`Added ${name}.`);
}

describeE2E.each(dialects)("contacts in the browser on %s", (dialect) => {
  let e2e: E2E;
  let page: Page;
  let errors: string[];
  const dialogs: string[] = [];

  beforeAll(async () => {
    e2e = await startE2E({ dialect });
    page = await e2e.newPage();
    errors = consoleErrors(page);
    page.setDefaultTimeout(8000);
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(() => e2e?.close());

  it("creates the first account on first run and lands on an empty Today that explains itself", async () => {
    await page.goto("/setup");
    await page.getByLabel("Your name").fill("Ana Owner");
    await page.getByLabel("Email").fill("ana@example.com");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByLabel("Team or workspace name").fill("Ana's team");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await page.getByText("Nobody is due today.").waitFor();
    expect(await page.getByRole("link", { name: "Add contacts" }).count()).toBe(1);
  });

  it("renders a contact named with HTML as text and runs none of it", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contacts" }).click();
    await page.getByRole("heading", { level: 1, name: "Contacts" }).waitFor();
    await addContact(page, htmlName);
    await page.getByRole("list").getByRole("link", { name: htmlName }).click();
    await page.getByRole("heading", { level: 1, name: htmlName }).waitFor();
    expect(await page.locator("main img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("focuses Search contacts with / from another page and searches as you type", async () => {
    await page.goto("/contacts");
    await addContact(page, "Bea Fournier");
    await addContact(page, "Carl Mendes");
    await page.goto("/today");
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await page.keyboard.press("/");
    const search = page.getByLabel("Search contacts");
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("fourn");
    const found = page.getByRole("region", { name: "Contacts found" }).getByRole("link");
    await expect.poll(() => found.allTextContents()).toEqual(["Bea Fournier"]);
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("fourn");
    // The filter lives in the URL: a reload shows the same list.
    await page.reload();
    await expect.poll(() => found.allTextContents()).toEqual(["Bea Fournier"]);
    await screenshot(page, "contacts-desktop", shots, { fullPage: true });
  });

  it("shows an API field error next to the field it names", async () => {
    await page.goto("/contacts");
    const form = page.getByRole("form", { name: "Add a contact" });
    await form.getByLabel("Name").fill("   ");
    await form.getByRole("button", { name: "Add contact" }).click();
    await form.getByLabel("Name").and(page.locator("[aria-invalid=true]")).waitFor();
  });

  it("adds an organization and lists the contacts who work there", async () => {
    await page.goto("/contacts");
    await page.getByRole("link", { name: "Organizations" }).click();
    await page.getByRole("heading", { level: 1, name: "Organizations" }).waitFor();
    const form = page.getByRole("form", { name: "Add an organization" });
    await form.getByLabel("Name").fill("Acme & Co");
    await form.getByRole("button", { name: "Add organization" }).click();
    await page.getByRole("link", { name: "Acme & Co" }).waitFor();

    await page.goto("/contacts");
    const add = page.getByRole("form", { name: "Add a contact" });
    await add.getByRole("option", { name: "Acme & Co" }).waitFor({ state: "attached" });
    await add.getByLabel("Organization").selectOption({ label: "Acme & Co" });
    await addContact(page, "Dora Acme");
    await page.goto("/organizations");
    await page.getByRole("link", { name: "Acme & Co" }).click();
    await page.getByRole("heading", { level: 1, name: "Acme & Co" }).waitFor();
    await page.getByRole("region", { name: "People" }).getByRole("link", { name: "Dora Acme" }).waitFor();
  });

  it("shows a contact page that axe passes and that fits a 375 px phone", async () => {
    await page.goto("/contacts?q=Carl");
    await page.getByRole("link", { name: "Carl Mendes" }).click();
    await page.getByRole("heading", { level: 1, name: "Carl Mendes" }).waitFor();
    await page.getByRole("region", { name: "Health" }).getByRole("listitem").first().waitFor();
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, "contact-desktop", shots, { fullPage: true });

    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole("region", { name: "Give and take" }).getByRole("table").waitFor();
    await screenshot(page, "contact-phone", shots, { fullPage: true });
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("adds, edits and archives a fact in place, changes the stage, and archives and restores the contact", async () => {
    const known = page.getByRole("region", { name: "What we know" });
    await known.getByLabel("Kind").selectOption({ label: "Interests" });
    await known.getByLabel("New fact").fill("Plays chess on Sundays");
    await known.getByRole("button", { name: "Add fact" }).click();
    await known.getByRole("heading", { name: "Interests" }).waitFor();
    await known.getByRole("button", { name: "Edit: Plays chess on Sundays" }).click();
    await known.getByLabel("Fact", { exact: true }).fill("Plays chess on Saturdays");
    await known.getByRole("button", { name: "Save fact" }).click();
    await known.getByText("Plays chess on Saturdays").waitFor();
    await known.getByRole("button", { name: "Archive: Plays chess on Saturdays" }).click();
    await known.getByText("Nothing yet").waitFor();

    const saved = page.waitForResponse(
      (r) => r.request().method() === "PATCH" && r.url().includes("/contacts/"),
    );
    await page.getByLabel("Stage").selectOption("customer");
    expect((await saved).status()).toBe(200);
    // The write carried the ETag the page read the contact at.
    expect((await saved).request().headers()["if-match"]).toMatch(/^"\d+"$/);
    await page.reload();
    await expect.poll(() => page.getByLabel("Stage").inputValue()).toBe("customer");

    await page.getByRole("button", { name: "Archive contact" }).click();
    await page.getByText(/^Archived on/).waitFor();
    await page.getByRole("button", { name: "Restore contact" }).click();
    await page.getByRole("button", { name: "Archive contact" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("opens the log-a-touch dialog for the contact on screen with n", async () => {
    await page.keyboard.press("n");
    const dialog = page.getByRole("dialog", { name: "Log a touch" });
    await dialog.getByText("Carl Mendes").waitFor();
    expect(await dialog.getByLabel("Notes").count()).toBe(1);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
  });
});
