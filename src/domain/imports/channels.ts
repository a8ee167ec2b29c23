// Emails, phones and links from an import: trimmed, checked, normalised, without repeats, each
// keeping the label its source gave it.
import type { CountryCode } from "libphonenumber-js/min";
import { emailKey, readPhone } from "../contact-keys.js";

/** A value with the label its source gave it (`work`, `Mobile`, an Apple `X-ABLabel`…). */
export interface Labelled {
  value: string;
  label?: string | null;
}

/** Source type words that say nothing a person would read as a label. */
const NOISE = new Set([
  "pref",
  "internet",
  "voice",
  "x400",
  "msg",
  "text",
  "other",
  "main",
  "intl",
  "dom",
  "postal",
  "parcel",
]);
const SYNONYMS: Record<string, string> = {
  cell: "mobile",
  cellular: "mobile",
  "mobile phone": "mobile",
  business: "work",
  personal: "home",
  homepage: "home page",
};

/**
 * One readable label from a source's label or list of type words: `WORK,pref` → `work`,
 * `CELL` → `mobile`, Apple's `_$!<HomePage>!$_` → `home page`; null when nothing is left.
 */
export function normaliseLabel(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const apple = /^_\$!<(.+)>!\$_$/.exec(raw.trim());
  const source = apple ? (apple[1] ?? "").replace(/([a-z])([A-Z])/g, "$1 $2") : raw;
  const words = source
    .split(/[,;]/)
    .map((w) =>
      w
        .trim()
        .replace(/^\*\s*/, "")
        .toLowerCase(),
    )
    .filter((w) => w && !NOISE.has(w))
    .map((w) => SYNONYMS[w] ?? w);
  const label = [...new Set(words)].join(", ").slice(0, 60);
  return label || null;
}

export interface Cleaned {
  values: string[];
  labels: Record<string, string>;
}

interface Rules {
  what: string;
  /** The value as it will be kept, or null when it is not one. */
  read(value: string): string | null;
  /** What makes two values the same. */
  key(value: string): string;
}

const LIMIT = 20;

function clean(list: readonly Labelled[], rules: Rules, warnings: string[]): Cleaned {
  const seen = new Set<string>();
  const kept: Cleaned = { values: [], labels: {} };
  for (const item of list) {
    const written = item.value.trim();
    if (!written) continue;
    const value = rules.read(written);
    if (value === null) {
      warnings.push(`"${written}" is not a valid ${rules.what} and was left out`);
      continue;
    }
    const key = rules.key(value);
    if (seen.has(key)) continue;
    seen.add(key);
    if (kept.values.length === LIMIT) {
      warnings.push(`only the first ${LIMIT} ${rules.what}s were kept`);
      break;
    }
    kept.values.push(value);
    const label = normaliseLabel(item.label);
    if (label) kept.labels[value] = label;
  }
  return kept;
}

// The shape the contact API accepts (zod's email check); unusual but valid addresses pass.
const EMAIL = /^(?!\.)(?!.*\.\.)([\w'+\-.]*)[\w+-]@([a-z0-9][a-z0-9-]*\.)+[a-z]{2,}$/i;

export function cleanEmails(list: readonly Labelled[], warnings: string[]): Cleaned {
  return clean(
    list,
    { what: "email", read: (v) => (EMAIL.test(v) && v.length <= 254 ? v : null), key: emailKey },
    warnings,
  );
}

/** Phones in international form where they parse; as written (trimmed) where they do not. */
export function cleanPhones(
  list: readonly Labelled[],
  country: CountryCode | undefined,
  warnings: string[],
): Cleaned {
  // One parse a phone: the kept value and its key come from the same reading.
  const keys = new Map<string, string | null>();
  const read = (written: string) => {
    const { value, key } = readPhone(written, country);
    keys.set(value, key);
    return value.length >= 3 && value.length <= 40 ? value : null;
  };
  return clean(list, { what: "phone number", read, key: (v) => keys.get(v) ?? v }, warnings);
}

export function cleanUrls(list: readonly Labelled[], warnings: string[]): Cleaned {
  return clean(
    list,
    {
      what: "link",
      read: (v) => (v.length <= 2_000 && !/\s/.test(v) ? v : null),
      key: (v) => v.toLowerCase(),
    },
    warnings,
  );
}
