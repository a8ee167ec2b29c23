// RFC 6350 §3.2 and §3.4: text values are escaped, content lines end in CRLF and are folded
// at 75 octets. Folding counts UTF-8 bytes and never cuts a character in two.

export const CRLF = "\r\n";
const LINE_OCTETS = 75;

/**
 * A text value with `\`, `,` and newlines escaped (§3.4). A `;` is escaped only inside compound
 * values (`structured`): the RFC allows it elsewhere, but readers such as ical.js keep the `\`.
 */
export function escapeText(value: string): string {
  return value.replace(/[\\,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** A compound value (N, ADR, ORG): each component escaped, `;` too, joined by `;`. */
export function structured(components: readonly string[]): string {
  return components.map((c) => escapeText(c).replace(/;/g, "\\;")).join(";");
}

/** A list value (CATEGORIES): each item escaped, joined by `,`. */
export function list(items: readonly string[]): string {
  return items.map(escapeText).join(",");
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * One logical line as physical lines of at most 75 octets, each continuation starting with a
 * space (which counts towards its 75), joined and ended by CRLF.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > LINE_OCTETS) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF) + CRLF;
}

/** `NAME;PARAM=VALUE:value`, folded. Parameter values here are plain tokens, never quoted. */
export function contentLine(name: string, value: string, params: Record<string, string> = {}): string {
  const head = [name, ...Object.entries(params).map(([k, v]) => `${k}=${v}`)].join(";");
  return foldLine(`${head}:${value}`);
}
