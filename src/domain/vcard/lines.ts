// A vCard file's bytes as physical lines, streamed a chunk at a time. Lines are split on LF
// (a CR before it is dropped). A line that is valid UTF-8 is decoded; one that is not is kept as a
// binary string (one character per byte), for the card's CHARSET or guess to decode later.

export interface PhysicalLine {
  /** 1-based line number in the file. */
  number: number;
  text: string;
  /** The line is not valid UTF-8: `text` holds its bytes, one character each. */
  binary: boolean;
  /** The line was longer than MAX_LINE_BYTES and was left out (`text` is empty). */
  tooLong?: boolean;
}

/** A single line beyond this is dropped, so that a file without line breaks cannot fill memory. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** Bytes as a binary string: one character (U+0000–U+00FF) per byte. */
export function binaryString(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192)
    text += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length)));
  return text;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** UTF-16 text (with a BOM, or `B\0E\0…` without one) re-encoded as UTF-8; a UTF-8 BOM dropped. */
async function* utf8Chunks(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  let head: Uint8Array = new Uint8Array(0);
  let transcode: TextDecoder | null = null;
  let sniffed = false;
  for await (const chunk of chunks) {
    if (transcode) {
      yield encoder.encode(transcode.decode(chunk, { stream: true }));
      continue;
    }
    if (sniffed) {
      yield chunk;
      continue;
    }
    head = concat([head, chunk], head.length + chunk.length);
    if (head.length < 4) continue;
    sniffed = true;
    const [a, b, c] = head;
    const encoding =
      (a === 0xff && b === 0xfe) || (b === 0 && a !== 0)
        ? "utf-16le"
        : (a === 0xfe && b === 0xff) || (a === 0 && b !== 0)
          ? "utf-16be"
          : null;
    if (encoding) {
      transcode = new TextDecoder(encoding);
      yield encoder.encode(transcode.decode(head, { stream: true }));
    } else yield a === 0xef && b === 0xbb && c === 0xbf ? head.subarray(3) : head;
  }
  if (transcode) yield encoder.encode(transcode.decode());
  else if (!sniffed && head.length > 0) yield head;
}

/** One line's bytes, without its LF and CR, as text. */
function lineOf(bytes: Uint8Array, number: number): PhysicalLine {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
  const body = bytes.subarray(0, end);
  try {
    return { number, text: utf8.decode(body), binary: false };
  } catch {
    return { number, text: binaryString(body), binary: true };
  }
}

/**
 * Appends the complete lines in `bytes` (which ends with LF) to `lines`, numbered from `first`:
 * one UTF-8 decode for all of them when it can be; returns how many.
 */
function linesIn(bytes: Uint8Array, first: number, lines: PhysicalLine[]): number {
  const before = lines.length;
  let text: string | null = null;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Some line is not UTF-8: decode line by line below.
  }
  let number = first;
  if (text !== null) {
    const parts = text.split("\n");
    parts.pop();
    for (const part of parts)
      lines.push({ number: number++, text: part.endsWith("\r") ? part.slice(0, -1) : part, binary: false });
  } else {
    let start = 0;
    for (let end = bytes.indexOf(LF); end !== -1; end = bytes.indexOf(LF, start)) {
      lines.push(lineOf(bytes.subarray(start, end), number++));
      start = end + 1;
    }
  }
  return lines.length - before;
}

/**
 * The file's physical lines, a batch per chunk read. Memory holds one chunk plus the line in
 * progress (at most MAX_LINE_BYTES).
 */
export async function* physicalLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncGenerator<PhysicalLine[]> {
  let number = 1;
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let tooLong = false;
  for await (const chunk of utf8Chunks(chunks)) {
    const firstLf = chunk.indexOf(LF);
    if (firstLf === -1) {
      pendingLength += chunk.length;
      if (pendingLength > MAX_LINE_BYTES) {
        tooLong = true;
        pending = [];
      } else pending.push(chunk);
      continue;
    }
    const batch: PhysicalLine[] = [];
    const head = chunk.subarray(0, firstLf + 1);
    if (tooLong) batch.push({ number, text: "", binary: false, tooLong: true });
    else linesIn(concat([...pending, head], pendingLength + head.length), number, batch);
    number++;
    const lastLf = chunk.lastIndexOf(LF);
    number += linesIn(chunk.subarray(firstLf + 1, lastLf + 1), number, batch);
    const tail = chunk.subarray(lastLf + 1);
    pending = tail.length > 0 ? [tail] : [];
    pendingLength = tail.length;
    tooLong = false;
    yield batch;
  }
  if (tooLong) yield [{ number, text: "", binary: false, tooLong: true }];
  else if (pendingLength > 0) yield [lineOf(concat(pending, pendingLength), number)];
}
