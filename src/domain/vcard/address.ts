// ADR as one free-text address, written the way people write one on an envelope:
// street lines, then "locality, region postal code", then the country.
import { components } from "./values.js";

/**
 * `;;1 Main St;Springfield;IL;62701;USA` → "1 Main St\nSpringfield, IL 62701\nUSA". Several values
 * of the street component (`1 Main St,Suite 2`) are several lines.
 */
export function addressText(value: string): string {
  const [poBox = [], extended = [], street = [], locality = [], region = [], postal = [], country = []] =
    components(value);
  const join = (parts: string[], separator: string) =>
    parts
      .map((p) => p.trim())
      .filter(Boolean)
      .join(separator);
  const place = join([join(locality, " "), join(region, " ")], ", ");
  // Street lines stay as written (the writer puts a whole free-text address there).
  return [...poBox, ...extended, ...street, join([place, join(postal, " ")], " "), join(country, " ")]
    .filter((line) => line.trim())
    .join("\n");
}
