// Screenshots of the main pages on the demo book, at desktop and phone width, for README.md:
// `npm run screenshots` writes docs/screenshots/<page>-<device>.png. Needs Debian's chromium.
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { createUser } from "../src/services/accounts.js";
import { loadDemo } from "../src/services/demo/load.js";
import { listContacts } from "../src/services/contacts.js";
import { importFixtures } from "../test/support/uploads.js";
import { screenshot, startE2E, type Device } from "../test/e2e/support/index.js";

const dir = fileURLToPath(new URL("../docs/screenshots", import.meta.url));
const login = { email: "demo@example.com", password: "rapport-demo" };

const e2e = await startE2E({ now: new Date("2026-12-07T08:30:00Z") });
try {
  const { actor } = await createUser(e2e.server.deps, {
    ...login,
    name: "Demo Seller",
    workspace: "Demo team",
  });
  await loadDemo(e2e.server.deps, actor);
  const contacts = await listContacts(e2e.server.deps, actor, { q: "Maria", limit: 1, archived: "exclude" });
  const maria = contacts.items[0]!;
  // A page, how to get it ready, and (for a section of a long page) what to shoot.
  const pages: [string, string, (page: Page) => Promise<void>, ((page: Page) => Locator)?][] = [
    ["today", "/today", async () => {}],
    ["contact", `/contacts/${maria.id}`, async () => {}],
    [
      "compose",
      `/compose?contactId=${maria.id}`,
      async (page) => {
        await page
          .getByLabel("Draft")
          .fill(
            "Hi Maria, just checking in! Our new premium tier is the best-in-class solution. Act now: this offer ends Friday, so let's get the paperwork signed.",
          );
        await page.getByText("Act now").first().waitFor();
        await page.locator("mark").first().waitFor();
      },
    ],
    ["pipeline", "/pipeline", async () => {}],
    [
      "import",
      "/settings",
      async (page) => {
        const section = page.getByRole("region", { name: "Import", exact: true });
        await section.getByLabel("File to import").setInputFiles(`${importFixtures}/csv/google.csv`);
        await section.getByRole("group", { name: "Column mapping" }).waitFor();
        await section.getByRole("button", { name: "Preview (dry run)" }).click();
        await section.getByRole("heading", { name: /Preview: nothing was saved/ }).waitFor();
      },
      (page) => page.getByRole("region", { name: "Import", exact: true }),
    ],
    [
      "insights",
      "/insights",
      async (page) => {
        await page.locator(".recharts-surface").first().waitFor();
      },
    ],
  ];
  for (const device of ["desktop", "phone"] as Device[]) {
    const page = await e2e.newPage(device);
    await page.clock.setFixedTime(new Date("2026-12-07T08:30:00Z"));
    await page.goto("/signin");
    await page.getByLabel("Email").fill(login.email);
    await page.getByLabel("Password").fill(login.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    for (const [name, path, prepare, part] of pages) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      await prepare(page);
      console.log(await screenshot(part?.(page) ?? page, `${name}-${device}`, dir, { fullPage: false }));
    }
  }
} finally {
  await e2e.close();
}
