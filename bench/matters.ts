// Personal-matter extraction throughput (P3): touch notes of ~300 characters read per second on one
// core, against a baseline measured in the same run: chrono-node's date parse alone over the same notes.
// Then its quality on the labelled notes, development and held-out parts side by side.
import * as chrono from "chrono-node";
import { extractFromNotes } from "../src/domain/matters/index.js";
import {
  figures,
  mattersTable,
  notesOf,
  parts,
  scoreMatters,
  type LabelledNote,
} from "../test/fixtures/matters/score.js";
import { throughput, type BenchLine, type BenchOptions } from "./report.js";

const targetChars = 300;

type Note = Pick<LabelledNote, "on" | "text">;

/** The labelled notes of both parts, joined in order into notes of about `targetChars` characters. */
function corpus(): Note[] {
  const labelled = parts.flatMap(notesOf);
  const out: Note[] = [];
  let current: Note | null = null;
  for (const n of labelled) {
    current = current ? { on: current.on, text: `${current.text} ${n.text}` } : { ...n };
    if (current.text.length >= targetChars) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Per kind and overall: matters found and dates right on each part, then the four headline figures. */
function quality(): BenchLine[] {
  const scores = { dev: scoreMatters(notesOf("dev")), "held-out": scoreMatters(notesOf("held-out")) };
  const lines: BenchLine[] = mattersTable(scores).map((row) => ({
    name: `matters quality: ${row.kind}`,
    summary: parts
      .map((p) => `${p} found ${row[`${p} found`]} dates ${row[`${p} dates`]} (n ${row[`${p} n`]})`)
      .join("; "),
    figures: {},
  }));
  for (const p of parts) {
    const f = figures(scores[p]);
    lines.push({
      name: `matters quality: ${p}`,
      summary: `found ${f.found}, business-only clean ${f.businessClean}, precision ${f.precision}, dates right ${f.datesRight}`,
      figures: { ...f },
    });
  }
  return lines;
}

export default async function benchMatters({ quick }: BenchOptions): Promise<BenchLine[]> {
  const minMs = quick ? 200 : 1000;
  const notes = corpus();
  const avgChars = notes.reduce((sum, n) => sum + n.text.length, 0) / notes.length;
  const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  await settle();
  let found = 0;
  let read = 0;
  const extract = throughput(notes.length, minMs, () => {
    for (const n of notes) {
      const { matters, facts } = extractFromNotes(n.text, n.on);
      found += matters.length + facts.length;
    }
    read += notes.length;
  });
  await settle();
  const baseline = throughput(notes.length, minMs, () => {
    for (const n of notes) {
      const ref = { instant: new Date(`${n.on}T12:00:00Z`), timezone: "UTC" };
      chrono.parse(n.text, ref, { forwardDate: true });
    }
  });
  const ratio = baseline.perSecond / extract.perSecond;
  const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
  return [
    {
      name: "matters: extractFromNotes",
      summary:
        `${fmt(extract.perSecond)} notes/s (avg ${Math.round(avgChars)} chars); ` +
        `baseline chrono.parse alone ${fmt(baseline.perSecond)}/s; ${ratio.toFixed(1)}× baseline time`,
      figures: {
        notesPerSecond: Math.round(extract.perSecond),
        baselineNotesPerSecond: Math.round(baseline.perSecond),
        ratioToBaseline: Number(ratio.toFixed(2)),
        avgChars: Math.round(avgChars),
        measuredMs: Math.round(extract.ms),
        itemsPerNote: Number((found / read).toFixed(2)),
      },
      ratio: { value: Number(ratio.toFixed(2)), of: "chrono.parse's time per note" },
    },
    ...quality(),
  ];
}
