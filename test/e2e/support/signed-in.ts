// A signed-in browser page for tests that start past first run: the account is made through the
// service (fast, no UI), the sign-in goes through the real form.
import type { Page } from "playwright-core";
import { createUser } from "../../../src/services/accounts.js";
import type { Actor } from "../../../src/services/context.js";
import type { E2E } from "./index.js";

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
