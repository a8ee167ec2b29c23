// Quoted text (someone else's words) and quoted email lines must not fire: blank them out,
// keeping every offset, so the rules scan only what the writer says in their own voice.
import type { DraftKind } from "./types.js";

const maxQuote = 400;
const maxSingleQuote = 160;
const quotedLine = /^[ \t]*>.*$/gm;
// In a call script, `Ask: "…"` is the caller's own line, not a quotation.
const speakerLabel = /^\s*(?:[-*•]|\d+[.)])?\s*[A-Za-z][A-Za-z ]{0,24}:\s*$/;
const opensBefore = /[\s([{/—–-]/;
const wordChar = /[\p{L}\p{N}]/u;

type Range = [number, number];

function isSpokenLine(text: string, open: number, kind: DraftKind): boolean {
  if (kind !== "call_script") return false;
  const lineStart = text.lastIndexOf("\n", open - 1) + 1;
  return speakerLabel.test(text.slice(lineStart, open));
}

function pairedQuotes(text: string, open: string, close: string, kind: DraftKind, out: Range[]): void {
  let i = text.indexOf(open);
  while (i !== -1) {
    const j = text.indexOf(close, i + 1);
    if (j === -1) return;
    const inside = text.slice(i + 1, j);
    if (j - i <= maxQuote && !inside.includes("\n\n")) {
      if (!isSpokenLine(text, i, kind)) out.push([i, j + 1]);
      i = text.indexOf(open, j + 1);
    } else {
      i = text.indexOf(open, i + 1);
    }
  }
}

function isSingleOpen(text: string, i: number): boolean {
  const before = i === 0 ? " " : text[i - 1]!;
  const after = text[i + 1] ?? " ";
  return (opensBefore.test(before) || before === '"' || before === "“") && wordChar.test(after);
}

function isSingleClose(text: string, j: number): boolean {
  const c = text[j];
  if (c !== "'" && c !== "’") return false;
  const before = text[j - 1] ?? " ";
  const after = text[j + 1] ?? " ";
  return !/\s/.test(before) && !wordChar.test(after);
}

const singleOpen = /['‘]/g;

function singleQuotes(text: string, kind: DraftKind, out: Range[]): void {
  singleOpen.lastIndex = 0;
  for (let m = singleOpen.exec(text); m; m = singleOpen.exec(text)) {
    const i = m.index;
    if (!isSingleOpen(text, i)) continue;
    const limit = Math.min(text.length, i + maxSingleQuote);
    for (let j = i + 2; j < limit && text[j] !== "\n"; j++) {
      if (isSingleClose(text, j)) {
        if (!isSpokenLine(text, i, kind)) out.push([i, j + 1]);
        singleOpen.lastIndex = j + 1;
        break;
      }
    }
  }
}

/** The text with quotations and `>` lines replaced by spaces (newlines kept); same length. */
export function maskQuoted(text: string, kind: DraftKind): string {
  const ranges: Range[] = [];
  if (text.includes(">")) {
    quotedLine.lastIndex = 0;
    for (let m = quotedLine.exec(text); m; m = quotedLine.exec(text))
      ranges.push([m.index, m.index + m[0].length]);
  }
  if (text.includes('"')) pairedQuotes(text, '"', '"', kind, ranges);
  if (text.includes("“")) pairedQuotes(text, "“", "”", kind, ranges);
  if (text.includes("'") || text.includes("‘")) singleQuotes(text, kind, ranges);
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + text.slice(from, end).replace(/[^\n]/g, " ");
    at = end;
  }
  return out + text.slice(at);
}
