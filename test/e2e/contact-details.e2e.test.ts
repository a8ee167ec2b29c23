// A contact's address-book details in the browser: photo, nickname, department, labelled emails,
// phones and links, and notes with their line breaks; notes and links edited in place and kept
// after a reload; and the contact found in the list by a phone number written another way.
import os from "node:os";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { dialects } from "../support/db.js";
import { describeE2E, runAxe, screenshot } from "./support/index.js";
import { contentWidth, startSignedIn, type SignedInRun } from "./support/signed-in.js";

// One blue pixel: the page's CSP shows data: images only.
const photo =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGOQje8CAAGjAQffUUibAAAAAElFTkSuQmCC";
const ana = {
  name: "Ana Ruiz",
  nickname: "Annie",
  title: "CFO",
  department: "Finance",
  emails: ["ana@ruiz.example", "ana.home@mail.example"],
  phones: ["+1 415 555 0134"],
  urls: ["https://ana.example/blog", "javascript:alert(1)"],
  address: "12 Harbor Road\nSausalito, CA",
  labels: {
    "ana@ruiz.example": "work",
    "+1 415 555 0134": "mobile",
    "https://ana.example/blog": "blog",
    "12 Harbor Road\nSausalito, CA": "home",
  },
  notes: "Met at the food-logistics fair.\nPrefers calls after 4 pm.",
  photo,
};

describeE2E.each(dialects)("a contact's details in the browser on %s", (dialect) => {
  let run: SignedInRun;
  let page: Page;
  let contactId: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    run = await startSignedIn(dialect);
    page = run.page;
    page.setDefaultTimeout(8000);
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const { csrfToken } = await (await page.request.get("/api/v1/auth/session")).json();
    const headers = { "x-csrf-token": csrfToken };
    for (const data of [ana, { name: "Ben Okafor", phones: ["+1 212 555 0199"] }]) {
      const created = await page.request.post("/api/v1/contacts", { data, headers });
      expect(created.status()).toBe(201);
      if (data === ana) contactId = (await created.json()).id;
    }
  });
  afterAll(() => run?.e2e.close());

  it("shows the photo, nickname, department, labelled emails, phones and links, and notes", async () => {
    await page.goto(`/contacts/${contactId}`);
    await page.getByRole("heading", { level: 1, name: "Ana Ruiz" }).waitFor();
    const summary = page.getByRole("region", { name: "Summary" });
    const picture = summary.getByRole("img", { name: "Photo of Ana Ruiz" });
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await summary.getByText("Goes by Annie").waitFor();
    await summary.getByText("CFO · Finance").waitFor();

    const details = page.getByRole("region", { name: "Details" });
    const values = await details.getByRole("listitem").allTextContents();
    expect(values).toEqual([
      "ana@ruiz.example · work",
      "ana.home@mail.example",
      "+1 415 555 0134 · mobile",
      "12 Harbor Road\nSausalito, CA · home",
      "https://ana.example/blog · blog",
      "javascript:alert(1)",
    ]);
    const blog = details.getByRole("link", { name: "https://ana.example/blog" });
    expect(await blog.getAttribute("href")).toBe("https://ana.example/blog");
    expect(await blog.getAttribute("target")).toBe("_blank");
    expect(await blog.getAttribute("rel")).toBe("noopener noreferrer");
    // A link that is not http(s) stays text.
    expect(await details.getByRole("link").count()).toBe(1);

    const notes = details.getByRole("definition").filter({ hasText: "Met at" });
    expect(await notes.innerText()).toBe(ana.notes);

    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, "contact-details", os.tmpdir(), { fullPage: true });
  });

  it("edits the notes and a link in place, with the contact's version, and keeps them after a reload", async () => {
    const details = page.getByRole("region", { name: "Details" });
    await details.getByRole("button", { name: "Edit details" }).click();
    const form = details.getByRole("form", { name: "Edit details" });
    expect(await form.getByLabel("Nickname").inputValue()).toBe("Annie");
    expect(await form.getByLabel("Department").inputValue()).toBe("Finance");
    await form.getByLabel("Links").fill("https://ana.example/journal\njavascript:alert(1)");
    await form.getByLabel("Notes").fill("Prefers calls after 4 pm.\nAsk about the sailing trip.");
    const saved = page.waitForResponse(
      (r) => r.request().method() === "PATCH" && r.url().includes("/contacts/"),
    );
    await form.getByRole("button", { name: "Save details" }).click();
    expect((await saved).status()).toBe(200);
    expect((await saved).request().headers()["if-match"]).toBe('"1"');
    await form.waitFor({ state: "detached" });

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Ana Ruiz" }).waitFor();
    const link = details.getByRole("link", { name: "https://ana.example/journal" });
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    const notes = details.getByRole("definition").filter({ hasText: "sailing" });
    expect(await notes.innerText()).toBe("Prefers calls after 4 pm.\nAsk about the sailing trip.");
    expect(await details.getByText("https://ana.example/blog").count()).toBe(0);
  });

  it("fits a 375 px phone", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole("region", { name: "Details" }).getByRole("link").waitFor();
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, "contact-details-phone", os.tmpdir(), { fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("finds the contact in the list by the phone number written another way", async () => {
    await page.goto("/contacts");
    await page.getByLabel("Search contacts").fill("(415) 555-0134");
    const found = page.getByRole("region", { name: "Contacts found" }).getByRole("link");
    await expect.poll(() => found.allTextContents()).toEqual(["Ana Ruiz"]);
    await page.getByLabel("Search contacts").fill("+12125550199");
    await expect.poll(() => found.allTextContents()).toEqual(["Ben Okafor"]);
    expect(run.errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
