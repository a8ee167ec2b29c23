// `npm run bench`: runs every bench module here that default-exports a bench function (agenda,
// coach, matters…), one after the other, and prints one table. `npm run bench -- agenda` runs one.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchLine } from "./report.js";

type Bench = () => Promise<BenchLine[]>;

const here = path.dirname(fileURLToPath(import.meta.url));
const helpers = new Set(["run.ts", "report.ts"]);

function table(lines: readonly BenchLine[]): string {
  const width = Math.max(4, ...lines.map((l) => l.name.length));
  const rows = lines.map((l) => `${l.name.padEnd(width)} | ${l.summary}`);
  return [`${"name".padEnd(width)} | summary`, `${"-".repeat(width)}-+-${"-".repeat(40)}`, ...rows].join(
    "\n",
  );
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(here)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !helpers.has(f))
    .filter((f) => only.length === 0 || only.includes(path.basename(f, ".ts")))
    .sort();
  const lines: BenchLine[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(here, file)).href)) as { default?: unknown };
    if (typeof module.default !== "function") continue;
    process.stderr.write(`bench: ${file}…\n`);
    try {
      lines.push(...(await (module.default as Bench)()));
    } catch (error) {
      process.exitCode = 1;
      const message = error instanceof Error ? error.message : String(error);
      lines.push({ name: path.basename(file, ".ts"), summary: `FAILED: ${message}`, figures: {} });
    }
  }
  process.stdout.write(`${table(lines)}\n`);
}

await main();
