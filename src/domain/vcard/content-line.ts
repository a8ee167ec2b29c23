// One unfolded content line, `[group.]NAME *(;param) : value` (RFC 6350 §3.3, RFC 2426 §4,
// vCard 2.1 §2.1), read into its parts. Names are upper-cased; the value stays as written.

/** Parameter values by upper-case name, in the order written; quotes removed. */
export type Params = Map<string, string[]>;

export interface ContentLine {
  /** 1-based line of the file where the property starts. */
  line: number;
  /** `item1` in `item1.EMAIL` (Apple's way of pairing a value with its X-ABLabel). */
  group: string | null;
  name: string;
  params: Params;
  value: string;
  /** The value holds raw bytes (one character each): the line was not UTF-8. */
  binary: boolean;
}

/** vCard 2.1 writes some parameters as a bare value (`TEL;WORK;PREF`, `NOTE;QUOTED-PRINTABLE`). */
const BARE_ENCODINGS = new Set(["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]);
const BARE_VALUES = new Set(["URL", "URI", "INLINE", "CID", "CONTENT-ID"]);
const NAME = /^[A-Za-z0-9_-]+$/;

function add(params: Params, name: string, value: string): void {
  const values = params.get(name);
  if (values) values.push(value);
  else params.set(name, [value]);
}

/** RFC 6868 caret escapes in a parameter value: `^n` newline, `^'` quote, `^^` caret. */
function uncaret(value: string): string {
  if (!value.includes("^")) return value;
  return value.replace(/\^([n'^])/g, (_, c: string) => (c === "n" ? "\n" : c === "'" ? '"' : "^"));
}

/** One part of a parameter value starting at `at`: quoted, or up to the next `,`, `;` or `:`. */
function paramValue(text: string, at: number): { value: string; end: number } | null {
  if (text[at] === '"') {
    const close = text.indexOf('"', at + 1);
    if (close === -1) return null;
    return { value: uncaret(text.slice(at + 1, close)), end: close + 1 };
  }
  let end = at;
  while (end < text.length && !";:,".includes(text[end] ?? "")) end++;
  return { value: uncaret(text.slice(at, end)), end };
}

/** The line read into its parts, or null when it is not a content line. */
export function parseContentLine(text: string, line: number, binary: boolean): ContentLine | null {
  let at = 0;
  while (at < text.length && text[at] !== ";" && text[at] !== ":") at++;
  if (at === text.length) return null;
  const fullName = text.slice(0, at).trim();
  const dot = fullName.lastIndexOf(".");
  const name = fullName.slice(dot + 1);
  if (!NAME.test(name)) return null;
  const params: Params = new Map();
  while (text[at] === ";") {
    const start = at + 1;
    let end = start;
    while (end < text.length && !";:=".includes(text[end] ?? "")) end++;
    if (end === text.length) return null;
    const key = text.slice(start, end).trim().toUpperCase();
    if (text[end] !== "=") {
      if (key)
        add(params, BARE_ENCODINGS.has(key) ? "ENCODING" : BARE_VALUES.has(key) ? "VALUE" : "TYPE", key);
      at = end;
      continue;
    }
    // A value may be a list of parts, each quoted or not (`TYPE=work,"voice"`).
    const parts: string[] = [];
    at = end;
    do {
      const part = paramValue(text, at + 1);
      if (!part) return null;
      parts.push(part.value);
      at = part.end;
    } while (text[at] === ",");
    add(params, key, parts.join(","));
  }
  if (text[at] !== ":") return null;
  return {
    line,
    group: dot === -1 ? null : fullName.slice(0, dot),
    name: name.toUpperCase(),
    params,
    value: text.slice(at + 1),
    binary,
  };
}

/** The first value of a parameter, upper-cased: `ENCODING`, `VALUE`, `CHARSET`. */
export function paramOf(line: ContentLine, name: string): string | null {
  return line.params.get(name)?.[0]?.trim().toUpperCase() ?? null;
}

/** Every TYPE word however written: `TYPE=WORK,VOICE`, `TYPE=work;TYPE=pref`, `WORK;PREF`, quoted. */
export function typesOf(line: ContentLine): string[] {
  return (line.params.get("TYPE") ?? [])
    .flatMap((v) => v.split(","))
    .map((t) => t.trim())
    .filter(Boolean);
}
