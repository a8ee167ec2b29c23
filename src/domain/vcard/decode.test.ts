import { describe, expect, it } from "vitest";
import { decoderFor, guessLegacy, quotedPrintable } from "./decode.js";

const bytesIn = (encoding: string, text: string) =>
  Uint8Array.from(text, (c) => {
    for (let b = 0; b < 256; b++) if (decoderFor(encoding)?.decode(Uint8Array.of(b)) === c) return b;
    throw new Error(`${c} is not in ${encoding}`);
  });

describe("quotedPrintable", () => {
  it.each([
    ["Caf=C3=A9", false, [0x43, 0x61, 0x66, 0xc3, 0xa9]],
    ["a=3Db", false, [0x61, 0x3d, 0x62]],
    ["=0D=0A", false, [0x0d, 0x0a]],
    ["=c3=a9", false, [0xc3, 0xa9]],
    ["50%=ZZ=", false, [0x35, 0x30, 0x25, 0x3d, 0x5a, 0x5a, 0x3d]],
    ["é", false, [0xc3, 0xa9]],
    ["\u00e9", true, [0xe9]],
  ])("reads %j (binary: %s) as its bytes", (value, binary, bytes) => {
    expect([...quotedPrintable(value, binary)]).toEqual(bytes);
  });
});

describe("guessLegacy", () => {
  it.each([
    ["Jürgen Müller, Hauptstraße 5", "windows-1252"],
    ["François Hébert, Crème brûlée", "windows-1252"],
    ["José Muñoz, ¿Qué tal?", "windows-1252"],
    ["Søren Kierkegaard, Åse", "windows-1252"],
    ["Niccolò Rossi, città", "windows-1252"],
    ["Antonín Dvořák", "windows-1250"],
    ["Jiří Novák", "windows-1250"],
    ["Zdzisław Wałęsa, Łódź", "windows-1250"],
    ["Wróżka Świątek", "windows-1250"],
    ["Ľudovít Štúr", "windows-1250"],
    ["Petr Černý", "windows-1250"],
  ])("reads the bytes of %j as %s", (text, encoding) => {
    const bytes = bytesIn(encoding, text);
    expect(guessLegacy(bytes)).toBe(encoding);
    expect(decoderFor(encoding)?.decode(bytes)).toBe(text);
  });
});

describe("decoderFor", () => {
  it("knows the labels vCards use and is null for an unknown one", () => {
    expect(decoderFor("ISO-8859-1")?.decode(Uint8Array.of(0xe9))).toBe("é");
    expect(decoderFor("Shift_JIS")?.encoding).toBe("shift_jis");
    expect(decoderFor("x-klingon")).toBeNull();
  });
});
