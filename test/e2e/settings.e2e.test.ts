// Settings in the browser: an API token shown once and revoked, the time zone changed and kept,
// an agenda setting saved, and an invite link for owners; the page passes axe and fits a phone.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { dialects } from "../support/db.js";
import { describeE2E, runAxe, screenshot, type E2E } from "./support/index.js";
import { contentWidth, phoneAt, startSignedIn, type SignedInRun } from "./support/signed-in.js";

const shots = "test/e2e/.screenshots";

describeE2E.each(dialects)("settings in the browser on %s", (dialect) => {
  let run: SignedInRun;
  let e2e: E2E;
  let page: Page;

  beforeAll(async () => {
    run = await startSignedIn(dialect);
    ({ e2e, page } = run);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  });
  afterAll(() => run?.e2e.close());

  it("creates an API token, shows its secret once, and revokes it", async () => {
    const tokens = page.getByRole("region", { name: "API tokens" });
    await tokens.getByText("No tokens").waitFor();
    await tokens.getByLabel("Token name").fill("CI script");
    await tokens.getByRole("button", { name: "Create token" }).click();
    const secret = (await tokens.locator("code").filter({ hasText: /^rpt_/ }).textContent()) ?? "";
    expect(secret).toMatch(/^rpt_/);
    await tokens.getByRole("button", { name: "Copy token" }).waitFor();
    const bearer = { Authorization: `Bearer ${secret}` };
    expect((await page.request.get("/api/v1/contacts", { headers: bearer })).status()).toBe(200);

    await tokens.getByRole("button", { name: "Done" }).click();
    await expect.poll(() => tokens.getByText(secret).count()).toBe(0);
    await tokens.getByRole("button", { name: "Revoke CI script" }).click();
    await tokens.getByText("No tokens").waitFor();
    expect((await page.request.get("/api/v1/contacts", { headers: bearer })).status()).toBe(401);
  });

  it("changes the time zone, and the change survives a reload", async () => {
    const profile = page.getByRole("region", { name: "Profile" });
    await profile.getByLabel("Time zone").selectOption("Asia/Tokyo");
    await profile.getByRole("button", { name: "Save profile" }).click();
    await profile.getByText("Saved.").waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    expect(await page.getByLabel("Time zone").inputValue()).toBe("Asia/Tokyo");
    const me = await (await page.request.get("/api/v1/auth/session")).json();
    expect(me.user.timeZone).toBe("Asia/Tokyo");
  });

  it("lets an owner say how many follow-ups a quiet prospect gets before a feedback call", async () => {
    const agenda = page.getByRole("form", { name: "Cadences and agenda windows" });
    const field = agenda.getByLabel("Follow-ups before a feedback call");
    expect(await field.inputValue()).toBe("1");
    await field.fill("2");
    await agenda.getByRole("button", { name: "Save agenda settings" }).click();
    await agenda.getByText("Saved.").waitFor();
    const settings = await (await page.request.get("/api/v1/settings")).json();
    expect(settings.agenda.feedbackAfterFollowUps).toBe(2);
  });

  it("gives an owner a join link to copy", async () => {
    const members = page.getByRole("region", { name: "Members and invites" });
    await members.getByRole("button", { name: "Create join link" }).click();
    const link = await members.locator("code").textContent();
    expect(link).toMatch(/\/join\/\S+$/);
    await members.getByRole("button", { name: "Copy link" }).waitFor();
  });

  it("has no serious accessibility problem and fits a 375 px phone", async () => {
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, "settings-desktop", shots, { fullPage: true });
    const phone = await phoneAt(e2e, "/settings");
    await phone.getByRole("region", { name: "API tokens" }).getByText("No tokens").waitFor();
    await screenshot(phone, "settings-phone", shots, { fullPage: true });
    expect(await contentWidth(phone)).toBeLessThanOrEqual(375);
    expect(run.errors).toEqual([]);
  });
});
