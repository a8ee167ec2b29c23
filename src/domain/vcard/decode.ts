// A property value's bytes as text: quoted-printable undone; the CHARSET the card declares; else
// UTF-8; else Windows-1252 or Windows-1250, whichever reads more like words (old Outlook and
// phone exports write 8-bit text in the PC's code page and say nothing about it).
import { paramOf, type ContentLine } from "./content-line.js";

export type Legacy = "windows-1252" | "windows-1250";

const encoder = new TextEncoder();
const decoders = new Map<string, TextDecoder | null>();

/** A decoder for a CHARSET label (`UTF-8`, `ISO-8859-1`, `Shift_JIS`…), or null for an unknown one. */
export function decoderFor(label: string): TextDecoder | null {
  const key = label.trim().toLowerCase();
  let decoder = decoders.get(key);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(key);
    } catch {
      decoder = null;
    }
    decoders.set(key, decoder);
  }
  return decoder;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/** Quoted-printable (`=C3=A9`) as bytes; a `=` not followed by two hex digits is kept as written. */
export function quotedPrintable(value: string, binary: boolean): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const hex = value.slice(i + 1, i + 3);
    if (code === 0x3d && HEX.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (code < 0x80 || binary) bytes.push(code);
    else for (const byte of encoder.encode(value[i])) bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

/** The value's bytes when they need decoding (quoted-printable, 8-bit, a declared charset); else null. */
export function valueBytes(property: ContentLine): Uint8Array | null {
  const { value, binary } = property;
  if (paramOf(property, "ENCODING") === "QUOTED-PRINTABLE") return quotedPrintable(value, binary);
  if (binary) return Uint8Array.from(value, (c) => c.charCodeAt(0));
  const charset = paramOf(property, "CHARSET");
  if (charset && charset !== "UTF-8" && /[^\x20-\x7e]/.test(value)) return encoder.encode(value);
  return null;
}

// Signs that a reading is wrong: C1 controls, and symbols that the other code page has as
// letters (¹ ³ ¿ º …) sitting inside a word. Nordic letters next to an acute vowel (`Dvoøák`) are
// how Windows-1252 misreads Czech; š, ž and ý are common to both pages and far more common in
// Central European text.
const CONTROL = /[\u0080-\u009f\ufffd]/g;
const SYMBOL_IN_WORD = /(?<=\p{L})[^\p{L}\s\d'’‘.,;:!?()\-–/&"]+(?=\p{L})/gu;
const NORDIC_WITH_ACUTE = /[\p{L}]*[øæåðþØÆÅÐÞ][\p{L}]*/gu;
const ACUTE = /[áíóúýÁÍÓÚÝ]/;
const CENTRAL = /[šžýŠŽÝ]/;

function implausibility(text: string): number {
  const controls = text.match(CONTROL)?.length ?? 0;
  const symbols = text.match(SYMBOL_IN_WORD)?.length ?? 0;
  const nordic = (text.match(NORDIC_WITH_ACUTE) ?? []).filter((word) => ACUTE.test(word)).length;
  return 3 * controls + 3 * symbols + 2 * nordic;
}

/** The code page that reads these bytes (not UTF-8) more plausibly; Windows-1252 on a tie. */
export function guessLegacy(bytes: Uint8Array): Legacy {
  const western = implausibility(decoderFor("windows-1252")?.decode(bytes) ?? "");
  const central = decoderFor("windows-1250")?.decode(bytes) ?? "";
  const bonus = CENTRAL.test(central) ? 1 : 0;
  return implausibility(central) - bonus < western ? "windows-1250" : "windows-1252";
}
