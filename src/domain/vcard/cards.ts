// Physical lines → cards of content lines. Unfolds lines the ways real exporters fold them (a
// leading space or tab; 2.1 quoted-printable soft breaks; base64 blocks without indentation; blank
// lines inside a block) and recovers cards with a missing BEGIN or END where that is unambiguous.
import type { Rejected } from "../imports/record.js";
import { parseContentLine, paramOf, type ContentLine } from "./content-line.js";
import { binaryString, MAX_LINE_BYTES, type PhysicalLine } from "./lines.js";

export interface Card {
  /** 1-based line of BEGIN:VCARD (or of the first line, when BEGIN is missing). */
  line: number;
  version: string | null;
  properties: ContentLine[];
  /** What the reader had to leave out or guess while reading the lines. */
  warnings: string[];
}

export type CardItem = { kind: "card"; card: Card } | Rejected;

/** A card beyond this many characters is refused, so that one card cannot fill memory. */
export const MAX_CARD_CHARS = MAX_LINE_BYTES;

interface Building extends Card {
  /** Lines came before any BEGIN:VCARD. */
  headless: boolean;
  lastLine: number;
  chars: number;
}

interface OpenLine {
  line: number;
  text: string;
  binary: boolean;
  /** A blank line came after it: only an indented line may still continue it. */
  afterBlank: boolean;
}

const BASE64_LINE = /^[A-Za-z0-9+/=]+$/;
const encoder = new TextEncoder();
const asBinary = (text: string) => binaryString(encoder.encode(text));

/** Empty, or only the padding and end-of-file marks some exporters leave. */
function blank(text: string): boolean {
  return !/[^\s\p{Cc}]/u.test(text);
}

function marker(text: string): "BEGIN" | "END" | null {
  if (text.length > 20) return null;
  const word = text.trim().toUpperCase();
  return word === "BEGIN:VCARD" ? "BEGIN" : word === "END:VCARD" ? "END" : null;
}

function encodingOf(open: OpenLine): string | null {
  const head = parseContentLine(open.text, open.line, open.binary);
  return head ? paramOf(head, "ENCODING") : null;
}

/** Feeds physical lines in order; returns a card or a rejection whenever one is complete. */
export class CardAssembler {
  private card: Building | null = null;
  private open: OpenLine | null = null;

  push(physical: PhysicalLine): CardItem | null {
    const { text, number } = physical;
    if (physical.tooLong) {
      this.closeOpen();
      this.card ??= this.start(number, true);
      this.card.warnings.push(
        `line ${number} is longer than ${MAX_LINE_BYTES / 2 ** 20} MB and was left out`,
      );
      return null;
    }
    if (this.open && this.continues(this.open, physical)) return null;
    if (blank(text)) {
      if (this.open) this.open.afterBlank = true;
      return null;
    }
    this.closeOpen();
    const word = marker(text);
    if (word === "BEGIN") {
      const before = this.card ? this.interrupted(number) : null;
      this.card = this.start(number, false);
      return before;
    }
    if (word === "END") {
      this.grow(0, number);
      return this.finish();
    }
    this.card ??= this.start(number, true);
    this.open = { line: number, text, binary: physical.binary, afterBlank: false };
    this.grow(text.length, number);
    return null;
  }

  /** The end of the file: what is left is a card cut short, or text outside any card. */
  end(): CardItem | null {
    this.closeOpen();
    const card = this.card;
    this.card = null;
    if (!card) return null;
    if (card.headless) return outside(card);
    return {
      kind: "rejected",
      line: card.line,
      reason: "the card has no END:VCARD (the file may be cut short)",
    };
  }

  private start(line: number, headless: boolean): Building {
    return { line, version: null, properties: [], warnings: [], headless, lastLine: line, chars: 0 };
  }

  private grow(chars: number, line: number): void {
    if (!this.card) return;
    this.card.chars += chars;
    this.card.lastLine = line;
  }

  /** Joins `physical` onto the open line when it continues it; says whether it did. */
  private continues(open: OpenLine, physical: PhysicalLine): boolean {
    const { text } = physical;
    const indented = text[0] === " " || text[0] === "\t";
    // Only an indented line continues across a blank line or looks like BEGIN or END.
    const plain = !open.afterBlank && !blank(text) && !marker(text);
    let part: string | null = null;
    if (plain && open.text.endsWith("=") && encodingOf(open) === "QUOTED-PRINTABLE") {
      open.text = open.text.slice(0, -1);
      part = text;
    } else if (indented) {
      // vCard 2.1 folds before existing whitespace (RFC 822) and keeps it; 3.0 and 4.0 drop one.
      part = this.card?.version === "2.1" ? text : text.slice(1);
    } else if (plain && BASE64_LINE.test(text) && /^(B|BASE64)$/.test(encodingOf(open) ?? "")) {
      part = text;
    }
    if (part === null) return false;
    if (physical.binary && !open.binary) {
      open.text = asBinary(open.text);
      open.binary = true;
    }
    open.text += open.binary && !physical.binary ? asBinary(part) : part;
    this.grow(part.length, physical.number);
    return true;
  }

  private closeOpen(): void {
    const open = this.open;
    const card = this.card;
    this.open = null;
    if (!open || !card || card.chars > MAX_CARD_CHARS) return;
    const property = parseContentLine(open.text, open.line, open.binary);
    if (!property) {
      card.warnings.push(`line ${open.line} could not be read and was left out`);
      return;
    }
    if (property.name === "VERSION") card.version ??= property.value.trim();
    card.properties.push(property);
  }

  /** A BEGIN:VCARD inside a card: the one before lacked its END. */
  private interrupted(line: number): CardItem {
    const card = this.card as Building;
    if (card.headless) return outside(card);
    card.warnings.push(`the card has no END:VCARD; it was read up to the next card at line ${line}`);
    return complete(card);
  }

  private finish(): CardItem | null {
    const card = this.card;
    this.card = null;
    if (!card) return null;
    if (!card.headless) return complete(card);
    if (card.properties[0]?.name !== "VERSION") return outside(card);
    card.warnings.push("the card has no BEGIN:VCARD");
    return complete(card);
  }
}

function complete(card: Building): CardItem {
  if (card.chars > MAX_CARD_CHARS)
    return {
      kind: "rejected",
      line: card.line,
      reason: `the card is larger than ${MAX_CARD_CHARS / 2 ** 20} MB`,
    };
  const { line, version, properties, warnings } = card;
  return { kind: "card", card: { line, version, properties, warnings } };
}

function outside(card: Building): Rejected {
  const lines =
    card.lastLine > card.line ? `lines ${card.line} to ${card.lastLine} are` : `line ${card.line} is`;
  return { kind: "rejected", line: card.line, reason: `${lines} not inside a card (no BEGIN:VCARD)` };
}
