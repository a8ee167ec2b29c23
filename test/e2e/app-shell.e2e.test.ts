import { afterAll, beforeAll, expect, it } from "vitest";
import { dialects } from "../support/db.js";
import { consoleErrors, describeE2E, startE2E, type E2E } from "./support/index.js";

describeE2E.each(dialects)("the web app on %s", (dialect) => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({ dialect });
  });
  afterAll(() => e2e?.close());

  it("loads at / under a strict Content-Security-Policy without logging an error", async () => {
    const page = await e2e.newPage();
    const errors = consoleErrors(page);
    const response = await page.goto("/");
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await expect.poll(() => page.title()).toBe("Rapport");
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });
});
