// Debian's Chromium driven by playwright-core (no browser download), with the viewports the app
// is built for and a record of what the page logged as an error.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";

export const CHROMIUM = process.env.RAPPORT_CHROMIUM ?? "/usr/bin/chromium";

/** Why e2e tests cannot run here, or null when they can. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set RAPPORT_CHROMIUM`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export type Device = "desktop" | "phone";

const devices: Record<Device, Parameters<Browser["newContext"]>[0]> = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
};

/** A fresh context (its own cookies) whose relative URLs resolve against `baseURL`. */
export function newContext(
  browser: Browser,
  baseURL: string,
  device: Device = "desktop",
): Promise<BrowserContext> {
  return browser.newContext({ ...devices[device], baseURL, locale: "en-US", timezoneId: "UTC" });
}

// Failed API calls are the app's to report (a 401 from /api/v1/auth/session means "signed out"),
// and Chrome probes /favicon.ico on its own; any other failed load is an error.
const expectedFailure = /\/api\/|\/favicon\.ico$/;

/**
 * Collects console errors and uncaught exceptions (CSP violations are console errors).
 * @example const errors = consoleErrors(page); ...; expect(errors).toEqual([]);
 */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    const { url } = message.location();
    if (message.type() !== "error") return;
    if (message.text().startsWith("Failed to load resource") && expectedFailure.test(url)) return;
    errors.push(`${message.text()} (${url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Writes `<dir>/<name>.png` of the viewport, the whole page or one element, and returns its path. */
export async function screenshot(
  target: Page | Locator,
  name: string,
  dir: string,
  options: { fullPage?: boolean } = {},
) {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  if ("goto" in target)
    await target.screenshot({ path: file, fullPage: options.fullPage ?? false, animations: "disabled" });
  else await target.screenshot({ path: file, animations: "disabled" });
  return file;
}
