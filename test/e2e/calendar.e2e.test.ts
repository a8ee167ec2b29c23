// The calendar feed in Settings: the browser creates the feed, the URL it shows serves the
// owner's birthdays to a client with no credential, and replacing or turning it off stops that URL.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { dialects } from "../support/db.js";
import { describeE2E, runAxe, screenshot } from "./support/index.js";
import { contentWidth, phoneAt, startSignedIn, type SignedInRun } from "./support/signed-in.js";

const shots = "test/e2e/.screenshots";

describeE2E.each(dialects)("the calendar feed in the browser on %s", (dialect) => {
  let run: SignedInRun;
  let page: Page;

  /** The feed as a calendar app fetches it: no cookie, no token. */
  async function fetchFeed(url: string) {
    const res = await fetch(url);
    return { status: res.status, text: await res.text() };
  }

  beforeAll(async () => {
    run = await startSignedIn(dialect);
    page = run.page;
    const { csrfToken } = await (await page.request.get("/api/v1/auth/session")).json();
    const contact = await page.request.post("/api/v1/contacts", {
      data: { name: "Bea Day", birthday: "--04-12" },
      headers: { "x-csrf-token": csrfToken },
    });
    expect(contact.status()).toBe(201);
    await page.goto("/settings");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  });
  afterAll(() => run?.e2e.close());

  it("creates a feed whose URL serves the owner's birthdays without credentials", async () => {
    const feed = page.getByRole("region", { name: "Calendar feed" });
    await feed.getByText("You have no calendar feed.").waitFor();
    await feed.getByRole("button", { name: "Create feed URL" }).click();
    const url = (await feed.locator("code").textContent()) ?? "";
    expect(url).toMatch(/^http:\/\/.+\/api\/v1\/calendar\/feed\/\S+\.ics$/);
    await feed.getByRole("button", { name: "Copy feed URL" }).waitFor();
    const first = await fetchFeed(url);
    expect(first.status).toBe(200);
    expect(first.text).toContain("SUMMARY:Bea Day's birthday");

    await feed.getByRole("button", { name: "Replace feed URL" }).click();
    await expect.poll(async () => feed.locator("code").textContent()).not.toBe(url);
    expect((await fetchFeed(url)).status).toBe(404);
    const replaced = (await feed.locator("code").textContent()) ?? "";
    expect((await fetchFeed(replaced)).status).toBe(200);

    await feed.getByRole("button", { name: "Turn off feed" }).click();
    await feed.getByText("You have no calendar feed.").waitFor();
    expect((await fetchFeed(replaced)).status).toBe(404);
  });

  it("has no serious accessibility problem and fits a 375 px phone", async () => {
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, "calendar-feed-desktop", shots, { fullPage: true });
    const phone = await phoneAt(run.e2e, "/settings");
    const feed = phone.getByRole("region", { name: "Calendar feed" });
    await feed.getByRole("button", { name: "Create feed URL" }).click();
    await feed.locator("code").waitFor();
    await feed.scrollIntoViewIfNeeded();
    await screenshot(phone, "calendar-feed-phone", shots);
    expect(await contentWidth(phone)).toBeLessThanOrEqual(375);
    expect(run.errors).toEqual([]);
  });
});
