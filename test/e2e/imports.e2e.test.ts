// Settings → Import in the browser: a Google CSV shows its column mapping (changed for one column,
// kept per header set), a dry run counts what would happen, the import shows its progress and
// then its result, and the people appear in Contacts; a broken row is listed with its line; a
// vCard file imports; a workspace export asks first and shows why the server refuses it.
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { dialects } from "../support/db.js";
import { importFixture, importFixtures } from "../support/uploads.js";
import { describeE2E, runAxe, screenshot } from "./support/index.js";
import { contentWidth, phoneAt, startSignedIn, type SignedInRun } from "./support/signed-in.js";

// Screenshots to look at after a run (not committed): the OS temp directory.
const shots = path.join(os.tmpdir(), "rapport-e2e-shots");
const googleCsv = path.join(importFixtures, "csv/google.csv");

describeE2E.each(dialects)("imports in the browser on %s", (dialect) => {
  let run: SignedInRun;
  let page: Page;
  let section: Locator;

  beforeAll(async () => {
    run = await startSignedIn(dialect);
    page = run.page;
    await page.goto("/settings");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    section = page.getByRole("region", { name: "Import", exact: true });
  });
  afterAll(() => run?.e2e.close());

  /** The contact named `name`, read through the API with the page's session. */
  async function contactNamed(name: string) {
    const res = await page.request.get(`/api/v1/contacts?q=${encodeURIComponent(name)}`);
    return ((await res.json()).items as { name: string; nickname: string | null }[]).find(
      (c) => c.name === name,
    );
  }

  /** The number a result tile shows under its label. */
  const tile = (label: string) =>
    section
      .locator(".import-tile")
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator("dd");

  it("maps a Google CSV's columns, keeps a changed mapping for the same columns, previews and imports it", async () => {
    await section.getByLabel("File to import").setInputFiles(googleCsv);
    const mapping = section.getByRole("group", { name: "Column mapping" });
    await mapping.getByText(/Recognised as a Google Contacts export, separated by commas/).waitFor();
    const firstName = mapping.getByRole("combobox", { name: "First Name", exact: true });
    expect(await firstName.inputValue()).toBe("given");
    const firstValues = mapping
      .locator("li")
      .filter({ has: page.getByRole("combobox", { name: "First Name", exact: true }) })
      .getByRole("list", { name: "First values" })
      .getByRole("listitem");
    expect(await firstValues.allTextContents()).toEqual(["Ana", "Ben"]);

    // Nicknames left out, and the choice kept for the next file with these columns.
    const nickname = mapping.getByRole("combobox", { name: "Nickname", exact: true });
    await nickname.selectOption({ label: "Leave out" });
    await mapping.getByText("1 column changed.").waitFor();
    await mapping.getByRole("button", { name: "Save mapping" }).click();
    await mapping.getByText("This browser keeps a mapping for files with these columns.").waitFor();
    await section.getByLabel("File to import").setInputFiles([]);
    await section.getByLabel("File to import").setInputFiles(googleCsv);
    await expect
      .poll(() => mapping.getByRole("combobox", { name: "Nickname", exact: true }).inputValue())
      .toBe("ignore");

    await section.getByRole("button", { name: "Preview (dry run)" }).click();
    await section.getByRole("heading", { name: /Preview: nothing was saved/ }).waitFor();
    expect(await tile("Would create").textContent()).toBe("3");
    expect(await tile("Would reject").textContent()).toBe("0");
    expect(await contactNamed("Dr. Ana María Cruz PhD")).toBeUndefined();
    await screenshot(section, "import-preview-desktop", shots);

    // The first progress report is held back until the bar has been seen: no race with a small file.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/v1/imports/*", async (route) => {
      if (route.request().method() === "GET") await held;
      await route.continue();
    });
    await section.getByRole("button", { name: "Import", exact: true }).click();
    const bar = section.getByRole("progressbar", { name: "Importing google.csv…" });
    await bar.waitFor();
    expect(await bar.getAttribute("max")).toBe(String(importFixture("csv/google.csv").length));
    await screenshot(section.locator(".import-progress"), "import-progress-desktop", shots);
    release();
    await section.getByRole("heading", { name: /^Imported/ }).waitFor();
    await page.unroute("**/api/v1/imports/*");
    expect(await tile("Created").textContent()).toBe("3");
    expect(await bar.count()).toBe(0);
    expect((await contactNamed("Dr. Ana María Cruz PhD"))?.nickname).toBeNull();

    const recent = section.getByRole("table", { name: "Recent imports" });
    await expect.poll(() => recent.getByRole("row").count()).toBe(3);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contacts" }).click();
    await page.getByRole("heading", { level: 1, name: "Contacts" }).waitFor();
    await page.getByRole("link", { name: "Dr. Ana María Cruz PhD" }).waitFor();
    await page.getByRole("link", { name: "Nameless Corp" }).waitFor();

    await page.goto("/settings");
    await section.getByLabel("File to import").setInputFiles(googleCsv);
    await section
      .getByRole("group", { name: "Column mapping" })
      .getByRole("button", { name: "Forget" })
      .click();
    await expect
      .poll(() => mapping.getByRole("combobox", { name: "Nickname", exact: true }).inputValue())
      .toBe("nickname");
  });

  it("lists a broken row with its line and imports the rest", async () => {
    const csv = "Name,Email,Phone\nZed Zulu,zed@x.example,\n,,+1 212 555 0100\nYves Young,yves@x.example,\n";
    await section
      .getByLabel("File to import")
      .setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await section.getByRole("group", { name: "Column mapping" }).waitFor();
    await section.getByRole("button", { name: "Import", exact: true }).click();
    await section.getByRole("heading", { name: /^Imported/ }).waitFor();
    expect(await tile("Created").textContent()).toBe("2");
    expect(await tile("Rejected").textContent()).toBe("1");
    const rejected = section.getByRole("table", { name: /Rejected rows/ });
    const cells = await rejected.getByRole("row").nth(1).getByRole("cell").allTextContents();
    expect(cells[0]).toBe("3");
    expect(cells[1]).toMatch(/name/i);
    expect(await contactNamed("Yves Young")).toBeDefined();
    await screenshot(section.locator(".import-outcome"), "import-rejected-desktop", shots);
  });

  it("imports a vCard file", async () => {
    await section
      .getByLabel("File to import")
      .setInputFiles(path.join(importFixtures, "vcard/v4-anniversary-photo.vcf"));
    await section.getByText("A vCard file with 2 contacts").waitFor();
    expect(await section.getByRole("group", { name: "Column mapping" }).count()).toBe(0);
    await section.getByRole("button", { name: "Import", exact: true }).click();
    await section.getByRole("heading", { name: /^Imported/ }).waitFor();
    expect(await tile("Created").textContent()).toBe("2");
    expect(await contactNamed("Hanako Yamada")).toBeDefined();
  });

  it("asks before restoring a workspace export and shows why the server refuses it here", async () => {
    const exported = await (await page.request.get("/api/v1/exports/workspace.json")).body();
    await section
      .getByLabel("File to import")
      .setInputFiles({ name: "workspace.json", mimeType: "application/json", buffer: exported });
    await section.getByRole("button", { name: "Restore workspace…" }).click();
    const dialog = page.getByRole("dialog", { name: "Restore this workspace export?" });
    await dialog.getByRole("button", { name: "Restore" }).click();
    await section.getByRole("alert").filter({ hasText: "This workspace already holds data" }).waitFor();
    expect(await dialog.isVisible()).toBe(false);
  });

  it("refuses a file that holds no contacts, with the server's reason", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await section
      .getByLabel("File to import")
      .setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: png });
    await section.getByRole("alert").filter({ hasText: "This is not a contact file" }).first().waitFor();
  });

  it("has no serious accessibility problem and fits a 375 px phone", async () => {
    await section.getByLabel("File to import").setInputFiles(googleCsv);
    await section.getByRole("group", { name: "Column mapping" }).waitFor();
    await section.getByRole("button", { name: "Preview (dry run)" }).click();
    await section.getByRole("heading", { name: /Preview: nothing was saved/ }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await screenshot(section, "import-desktop", shots);

    const phone = await phoneAt(run.e2e, "/settings");
    const small = phone.getByRole("region", { name: "Import", exact: true });
    await small.getByLabel("File to import").setInputFiles(googleCsv);
    await small.getByRole("group", { name: "Column mapping" }).waitFor();
    await small.getByRole("button", { name: "Preview (dry run)" }).click();
    await small.getByRole("heading", { name: /Preview: nothing was saved/ }).waitFor();
    await small.scrollIntoViewIfNeeded();
    await screenshot(small, "import-phone", shots);
    expect(await contentWidth(phone)).toBeLessThanOrEqual(375);
    expect(run.errors).toEqual([]);
  });
});
