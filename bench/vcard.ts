// vCard reader throughput: 10,000 generated cards (1,000 with --quick) (the export's 4.0 and Android-style 2.1 with
// quoted-printable) read from 64 KB chunks, in cards per second; then with the shared import rules.
import { finishRecord } from "../src/domain/imports/record.js";
import { contactCard } from "../src/domain/vcard/card.js";
import { readVcards } from "../src/domain/vcard/reader.js";
import { contact } from "../test/fixtures/contact.js";
import type { BenchLine, BenchOptions } from "./report.js";

const chunkSize = 64 * 1024;

function android(i: number): string {
  return [
    "BEGIN:VCARD",
    "VERSION:2.1",
    `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=A0koda ${i};Ji=C5=99=C3=AD;;;`,
    `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ji=C5=99=C3=AD =C5=A0koda ${i}`,
    `TEL;CELL:+420 601 ${String(100_000 + i).slice(-6)}`,
    `EMAIL;HOME:jiri.${i}@example.cz`,
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dcera hraje na klav=C3=ADr, koncert v p=C3=A1tek.=",
    " Zavolat po n=C3=A1vratu.",
    "BDAY:1979-09-01",
    "END:VCARD",
    "",
  ].join("\r\n");
}

function file(cardCount: number): Uint8Array {
  const cards: string[] = [];
  for (let i = 0; i < cardCount; i++)
    cards.push(
      i % 2 === 0
        ? contactCard({
            contact: { ...contact, id: `c${i}`, name: `Rosa Díaz ${i}`, emails: [`rosa.${i}@example.com`] },
            organization: "Cedar Lane Bakery",
          })
        : android(i),
    );
  return new TextEncoder().encode(cards.join(""));
}

function* chunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
}

async function cardsPerSecond(bytes: Uint8Array, cardCount: number, finish: boolean): Promise<number> {
  let best = 0;
  for (let round = 0; round < 4; round++) {
    const start = performance.now();
    let read = 0;
    for await (const item of readVcards(chunks(bytes))) {
      if (item.kind === "record") {
        if (finish) finishRecord(item.record, { country: "US" });
        read++;
      }
    }
    if (read !== cardCount) throw new Error(`read ${read} of ${cardCount} cards`);
    best = Math.max(best, cardCount / ((performance.now() - start) / 1000));
  }
  return best;
}

export default async function bench({ quick }: BenchOptions): Promise<BenchLine[]> {
  const cardCount = quick ? 1_000 : 10_000;
  const bytes = file(cardCount);
  const reader = await cardsPerSecond(bytes, cardCount, false);
  const finished = await cardsPerSecond(bytes, cardCount, true);
  const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
  return [
    {
      name: `vcard: readVcards, ${cardCount.toLocaleString("en-US")} cards`,
      summary:
        `${fmt(reader)} cards/s read (${(bytes.length / 2 ** 20).toFixed(1)} MB, 64 KB chunks); ` +
        `${fmt(finished)} cards/s with finishRecord`,
      figures: {
        cardsPerSecond: Math.round(reader),
        cardsPerSecondFinished: Math.round(finished),
        megabytes: Number((bytes.length / 2 ** 20).toFixed(1)),
      },
    },
  ];
}
