// The vCard reader (2.1, 3.0, 4.0): a file's bytes in, one record or rejection per card out, in
// file order. Streaming: it holds one chunk and the card being read, whatever the file's size.
import type { ReadItem } from "../imports/record.js";
import { CardAssembler, type CardItem } from "./cards.js";
import { physicalLines } from "./lines.js";
import { contactFromCard } from "./read-card.js";

function itemOf(item: CardItem): ReadItem {
  return item.kind === "card" ? { kind: "record", record: contactFromCard(item.card) } : item;
}

/**
 * Reads vCards from a file's chunks.
 *
 * @example
 * for await (const item of readVcards(fs.createReadStream("contacts.vcf")))
 *   if (item.kind === "record") console.log(item.record.line, item.record.formattedName);
 */
export async function* readVcards(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncGenerator<ReadItem> {
  const cards = new CardAssembler();
  for await (const batch of physicalLines(chunks))
    for (const line of batch) {
      const item = cards.push(line);
      if (item) yield itemOf(item);
    }
  const last = cards.end();
  if (last) yield itemOf(last);
}
