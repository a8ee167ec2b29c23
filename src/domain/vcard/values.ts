// Reading text values back: escapes undone, compound and list values split, and each value's
// bytes decoded by its card's charset rules.
import type { Card } from "./cards.js";
import { paramOf, type ContentLine } from "./content-line.js";
import { decoderFor, guessLegacy, utf8Text, valueBytes, type Legacy } from "./decode.js";

/**
 * The parts of a value split on each `separator` that is not escaped, still escaped. Splitting
 * first and unescaping after keeps `\;` and `\,` inside a part.
 */
export function splitValue(value: string, separator: ";" | ","): string[] {
  if (!value.includes(separator)) return [value];
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "\\") i++;
    else if (value[i] === separator) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/** `\n` and `\N` are newlines; `\,` `\;` `\:` `\\` the character itself; any other `\` is kept. */
export function unescapeText(value: string): string {
  if (!value.includes("\\")) return value;
  return value.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** A compound value's components (N, ADR, ORG), each a list of unescaped values. */
export function components(value: string): string[][] {
  return splitValue(value, ";").map((part) => splitValue(part, ",").map(unescapeText));
}

/** A list value (CATEGORIES, NICKNAME) as unescaped, trimmed, non-empty items. */
export function listItems(value: string): string[] {
  return splitValue(value, ",")
    .map((item) => unescapeText(item).trim())
    .filter(Boolean);
}

/**
 * Decodes each property value of one card. 8-bit text without a charset that is not UTF-8 is
 * read in the code page guessed from all such text of the card, with a warning.
 */
export function valueDecoder(card: Card, warnings: string[]): (property: ContentLine) => string {
  let legacy: Legacy | null = null;
  const warned = new Set<string>();
  const warnOnce = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    warnings.push(message);
  };
  const guess = (): Legacy => {
    if (legacy) return legacy;
    const unknown = card.properties.flatMap((p) => {
      const bytes = paramOf(p, "CHARSET") ? null : valueBytes(p);
      return bytes && utf8Text(bytes) === null ? [bytes] : [];
    });
    // All of the card's such text at once, a space between values, guesses better than one value.
    const all = new Uint8Array(unknown.reduce((n, b) => n + b.length + 1, 0)).fill(0x20);
    let at = 0;
    for (const bytes of unknown) {
      all.set(bytes, at);
      at += bytes.length + 1;
    }
    legacy = guessLegacy(all);
    return legacy;
  };
  // Quoted-printable text carries the writer's CRLF (`=0D=0A`); a contact's text uses LF.
  return (property) => decoded(property).replace(/\r\n?/g, "\n");
  function decoded(property: ContentLine): string {
    const bytes = valueBytes(property);
    if (!bytes) return property.value;
    const charset = paramOf(property, "CHARSET");
    if (charset) {
      const decoder = decoderFor(charset);
      if (decoder) return decoder.decode(bytes);
      warnOnce(`the character set "${charset}" is unknown; its text was read by guessing`);
    }
    const text = utf8Text(bytes);
    if (text !== null) return text;
    const page = guess();
    warnOnce(
      `text without a character set was read as ${page === "windows-1250" ? "Windows-1250" : "Windows-1252"}`,
    );
    return decoderFor(page)?.decode(bytes) ?? property.value;
  }
}
