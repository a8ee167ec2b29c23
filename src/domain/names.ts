// A contact keeps one formatted name; formats with structured names (vCard N, Google's CSV)
// get it split the way people write it: given names first, family name last.

export interface NameParts {
  given: string;
  middle: string;
  family: string;
}

/** "Ana María de la Cruz" → given "Ana", middle "María de la", family "Cruz"; one word is a given name. */
export function splitName(name: string): NameParts {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { given: words[0] ?? "", middle: "", family: "" };
  return { given: words[0] ?? "", middle: words.slice(1, -1).join(" "), family: words.at(-1) ?? "" };
}

/** A name in parts, as vCard N and address-book CSVs keep it; any part may be empty. */
export interface StructuredName extends NameParts {
  prefix: string;
  suffix: string;
}

/** "Dr", "Ana", "María", "Cruz", "PhD" → "Dr Ana María Cruz PhD"; empty parts are skipped. */
export function composeName(parts: Partial<StructuredName>): string {
  return [parts.prefix, parts.given, parts.middle, parts.family, parts.suffix]
    .map((part) => part?.trim() ?? "")
    .filter(Boolean)
    .join(" ");
}
