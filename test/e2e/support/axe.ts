// Accessibility checks with axe-core inside the page (@axe-core/playwright needs Node 22).
import axe from "axe-core";
import type { Page } from "playwright-core";

export interface Violation {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

/**
 * The serious and critical axe violations on the page as it is now.
 * @example expect(await runAxe(page)).toEqual([]);
 */
export async function runAxe(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no inline scripts) allows.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const found = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ["violations"],
    });
    return found.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
