// Signed-in browser pages for tests that start past first run: the account is made through the
// service (fast, no UI), the sign-in goes through the real form.
import type { Page } from "playwright-core";
import type { DialectName } from "../../../src/store/db.js";
import { createUser } from "../../../src/services/accounts.js";
import type { Actor } from "../../../src/services/context.js";
import { consoleErrors, startE2E, type E2E } from "./index.js";

const PASSWORD = "correct horse battery";
let counter = 0;

/** A new owner in a workspace of their own, signed in on `page`, which then shows Today. */
export async function signedInOwner(e2e: E2E, page: Page, name = "Olive Owner"): Promise<Actor> {
  const email = `owner.${++counter}.${Date.now()}@example.test`;
  const { actor } = await createUser(e2e.server.deps, { email, password: PASSWORD, name, workspace: email });
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  return actor;
}

/** A phone-sized page, signed in as a new owner, showing `path` with its heading loaded. */
export async function phoneAt(e2e: E2E, path: string): Promise<Page> {
  const phone = await e2e.newPage("phone");
  await signedInOwner(e2e, phone);
  await phone.goto(path);
  await phone.getByRole("heading", { level: 1 }).waitFor();
  return phone;
}

/** How wide the page's content is: at most the viewport when nothing scrolls sideways. */
export function contentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

export interface SignedInRun {
  e2e: E2E;
  /** A desktop page, signed in as `actor`, on Today. */
  page: Page;
  actor: Actor;
  /** What the page logged as an error so far. */
  errors: string[];
}

/** The server, a browser and a signed-in desktop page: the start of most page tests. */
export async function startSignedIn(dialect: DialectName): Promise<SignedInRun> {
  const e2e = await startE2E({ dialect });
  const page = await e2e.newPage();
  const errors = consoleErrors(page);
  const actor = await signedInOwner(e2e, page);
  return { e2e, page, actor, errors };
}
