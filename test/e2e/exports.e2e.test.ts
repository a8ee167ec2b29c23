// Settings → Export in the browser: each link downloads its file with the signed-in session,
// holding the workspace's contacts; the section passes axe and fits a phone.
import fs from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { contactCreate } from "../../src/contract/contacts.js";
import { createContact } from "../../src/services/contacts.js";
import { dialects } from "../support/db.js";
import { describeE2E, runAxe, screenshot, type E2E } from "./support/index.js";
import { contentWidth, phoneAt, startSignedIn, type SignedInRun } from "./support/signed-in.js";

const shots = "test/e2e/.screenshots";

describeE2E.each(dialects)("exports in the browser on %s", (dialect) => {
  let run: SignedInRun;
  let e2e: E2E;
  let page: Page;

  beforeAll(async () => {
    run = await startSignedIn(dialect);
    ({ e2e, page } = run);
    const rosa = { name: "Rosa Díaz", emails: ["rosa@example.com"], birthday: "--03-09", tags: ["bread"] };
    await createContact(e2e.server.deps, run.actor, contactCreate.parse(rosa));
    await page.goto("/settings");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  });
  afterAll(() => run?.e2e.close());

  /** Clicks the link in the Export section and answers the downloaded file's name and text. */
  async function download(name: string) {
    const section = page.getByRole("region", { name: "Export" });
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("link", { name }).click(),
    ]);
    return { name: file.suggestedFilename(), text: await fs.readFile(await file.path(), "utf8") };
  }

  it("downloads the contacts as vCard and as Google CSV", async () => {
    const vcard = await download("Contacts as vCard");
    expect(vcard.name).toBe("contacts.vcf");
    expect(vcard.text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(vcard.text).toContain("FN:Rosa Díaz\r\n");
    expect(vcard.text).toContain("BDAY:--0309\r\n");
    const csv = await download("Contacts as Google CSV");
    expect(csv.name).toBe("contacts.csv");
    expect(csv.text).toMatch(/^First Name,Middle Name,Last Name,/);
    expect(csv.text).toContain("Rosa,,Díaz,");
  });

  it("downloads the whole workspace as JSON", async () => {
    const json = await download("Whole workspace as JSON");
    expect(json.name).toBe("workspace.json");
    const body = JSON.parse(json.text);
    expect(body.workspaceId).toBe(run.actor.workspaceId);
    expect(body.tables.contacts.map((c: { name: string }) => c.name)).toEqual(["Rosa Díaz"]);
  });

  it("has no serious accessibility problem and fits a 375 px phone", async () => {
    const section = page.getByRole("region", { name: "Export" });
    expect(await runAxe(page)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, "exports-desktop", shots);
    const phone = await phoneAt(e2e, "/settings");
    await phone.getByRole("region", { name: "Export" }).scrollIntoViewIfNeeded();
    await screenshot(phone, "exports-phone", shots);
    expect(await contentWidth(phone)).toBeLessThanOrEqual(375);
    expect(run.errors).toEqual([]);
  });
});
