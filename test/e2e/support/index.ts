// What an e2e test file needs: a suite that runs only where Chromium is, a server with the built
// app, a browser, and pages at desktop or phone size.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe } from "vitest";
import { chromiumMissing, launchBrowser, newContext, type Device } from "./browser.js";
import { startServer, type E2EServer, type ServerOptions } from "./server.js";

export { runAxe, type Violation } from "./axe.js";
export { consoleErrors, screenshot, type Device } from "./browser.js";
export type { E2EServer, ServerOptions } from "./server.js";

const missing = chromiumMissing();
if (missing && process.env.CI === "true") throw new Error(`${missing} (required when CI=true)`);
if (missing) console.warn(`Skipping end-to-end tests. ${missing}.`);

/** `describe` for browser tests: skipped with a message without Chromium, failing under CI=true. */
export const describeE2E = missing ? describe.skip : describe;

export interface E2E {
  server: E2EServer;
  browser: Browser;
  /** A page in a fresh context (own cookies) on the server; `page.goto("/today")` works. */
  newPage(device?: Device): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the app if needed, starts the server on a fresh database and launches Chromium. */
export async function startE2E(options: ServerOptions = {}): Promise<E2E> {
  const [server, browser] = await Promise.all([startServer(options), launchBrowser()]);
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser,
    async newPage(device = "desktop") {
      const context = await newContext(browser, server.url, device);
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close()));
      await browser.close();
      await server.close();
    },
  };
}
