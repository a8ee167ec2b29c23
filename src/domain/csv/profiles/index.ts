// The exports Rapport knows by their headers, and which one a header row is.
import { lookup, type ColumnUse } from "../columns.js";
import { googleColumn, googleLegacySignature, googleSignature } from "./google.js";
import { outlookColumn, outlookSignature } from "./outlook.js";
import {
  hubspot,
  hubspotSignature,
  salesforce,
  salesforceSignature,
  thunderbird,
  thunderbirdSignature,
} from "./others.js";

export const csvProfiles = [
  "google",
  "google-legacy",
  "outlook",
  "thunderbird",
  "hubspot",
  "salesforce",
  "generic",
] as const;
export type CsvProfileName = (typeof csvProfiles)[number];

interface Profile {
  /** Headers that, together, only this export writes. */
  signature: readonly string[];
  /** A header's use; null when the profile leaves it out, undefined when it is left to guessing. */
  column(header: string): ColumnUse | null | undefined;
}

const table = (uses: Record<string, ColumnUse>) => (header: string) =>
  lookup(uses, header.trim().toLowerCase());

const PROFILES: Record<Exclude<CsvProfileName, "generic">, Profile> = {
  google: { signature: googleSignature, column: googleColumn },
  "google-legacy": { signature: googleLegacySignature, column: googleColumn },
  outlook: { signature: outlookSignature, column: outlookColumn },
  thunderbird: { signature: thunderbirdSignature, column: table(thunderbird) },
  hubspot: { signature: hubspotSignature, column: table(hubspot) },
  salesforce: { signature: salesforceSignature, column: table(salesforce) },
};

/** The profile whose signature the headers match best (three headers at least), else `generic`. */
export function recogniseProfile(headers: readonly string[]): CsvProfileName {
  const present = new Set(headers.map((h) => h.trim().toLowerCase()));
  let best: CsvProfileName = "generic";
  let bestScore = 2;
  for (const [name, profile] of Object.entries(PROFILES)) {
    const score = profile.signature.filter((h) => present.has(h.toLowerCase())).length;
    if (score > bestScore) [best, bestScore] = [name as CsvProfileName, score];
  }
  return best;
}

export function profileColumn(profile: CsvProfileName, header: string): ColumnUse | null | undefined {
  return profile === "generic" ? undefined : PROFILES[profile].column(header);
}
