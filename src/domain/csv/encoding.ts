// Which text encoding a CSV file is in, from its first bytes, and a decoder for the rest of it.
// Spreadsheet programs write UTF-8 (often with a BOM), UTF-16 with a BOM ("Unicode text") or,
// on Windows, the ANSI code page: Windows-1252 is the guess when the bytes are not UTF-8.

export const csvEncodings = ["utf-8", "utf-16le", "utf-16be", "windows-1252"] as const;
export type CsvEncoding = (typeof csvEncodings)[number];

export interface DetectedEncoding {
  encoding: CsvEncoding;
  bom: boolean;
}

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: "utf-8", bom: true };
  if (startsWith(head, [0xff, 0xfe])) return { encoding: "utf-16le", bom: true };
  if (startsWith(head, [0xfe, 0xff])) return { encoding: "utf-16be", bom: true };
  try {
    // `stream` tolerates a character cut in two at the end of the head.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return { encoding: "utf-8", bom: false };
  } catch {
    return { encoding: "windows-1252", bom: false };
  }
}

// Node's TextDecoder reads "windows-1252" as Latin-1; these are the bytes where the two differ.
const CP1252: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ",
  0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“",
  0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›",
  0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
}; // prettier-ignore

const latin1 = new TextDecoder("latin1");
function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0)] ?? c);
}

/** Text from successive chunks (a character may span two); a BOM is dropped. */
export interface ChunkDecoder {
  decode(chunk: Uint8Array): string;
  end(): string;
}

export function chunkDecoder(encoding: CsvEncoding): ChunkDecoder {
  if (encoding === "windows-1252") return { decode: decodeWindows1252, end: () => "" };
  const decoder = new TextDecoder(encoding);
  return { decode: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}
