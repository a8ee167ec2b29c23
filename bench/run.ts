// `npm run bench`: runs every bench module here that default-exports a bench function (agenda,
// coach, matters…), one after the other, and prints one table. `npm run bench -- agenda` runs one;
// `--quick` runs each at a small size (CI, under a minute); `--json` prints JSON lines instead of the
// table and records the run, with the machine's load, in bench/results/<date>-<quick|full>.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import prettier from "prettier";
import type { Bench, BenchLine } from "./report.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const helpers = new Set(["run.ts", "report.ts"]);
const flags = new Set(["--quick", "--json"]);

function table(lines: readonly BenchLine[]): string {
  const width = Math.max(4, ...lines.map((l) => l.name.length));
  const rows = lines.map((l) => `${l.name.padEnd(width)} | ${l.summary}`);
  return [`${"name".padEnd(width)} | summary`, `${"-".repeat(width)}-+-${"-".repeat(40)}`, ...rows].join(
    "\n",
  );
}

/** Module names to run (all when none is named); fails on an unknown flag or module. */
function selected(args: readonly string[]): string[] {
  const unknownFlag = args.find((a) => a.startsWith("-") && !flags.has(a));
  if (unknownFlag) throw new Error(`unknown flag ${unknownFlag} (known: ${[...flags].join(", ")})`);
  const all = fs
    .readdirSync(here)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !helpers.has(f))
    .map((f) => path.basename(f, ".ts"))
    .sort();
  const named = args.filter((a) => !a.startsWith("-"));
  const unknown = named.filter((n) => !all.includes(n));
  if (unknown.length > 0) throw new Error(`no bench named ${unknown.join(", ")} (known: ${all.join(", ")})`);
  return named.length === 0 ? all : all.filter((n) => named.includes(n));
}

/** The machine as the run saw it: figures moved 2–5× with the load on the shared VM. */
function machine() {
  return {
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
  };
}

interface Run {
  quick: boolean;
  startedAt: Date;
  /** Seconds each module took, seeding included: what `--quick` must keep under a minute in all. */
  modules: Record<string, number>;
  before: ReturnType<typeof machine>;
}

async function record({ quick, startedAt, modules, before }: Run, lines: BenchLine[]) {
  const dir = path.join(here, "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${startedAt.toISOString().slice(0, 10)}-${quick ? "quick" : "full"}.json`);
  const seconds = Number(((Date.now() - startedAt.getTime()) / 1000).toFixed(1));
  const machines = { before, after: machine() };
  const run = { startedAt: startedAt.toISOString(), seconds, quick, modules, machine: machines, lines };
  // Formatted as `npm run lint` wants it, so a recorded run can be committed as it is.
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  fs.writeFileSync(file, await prettier.format(JSON.stringify(run), options));
  process.stderr.write(`bench: recorded ${path.relative(process.cwd(), file)} (${seconds} s)\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const json = args.includes("--json");
  const run: Run = { quick, startedAt: new Date(), modules: {}, before: machine() };
  const lines: BenchLine[] = [];
  for (const name of selected(args)) {
    const module = (await import(pathToFileURL(path.join(here, `${name}.ts`)).href)) as { default?: unknown };
    if (typeof module.default !== "function") continue;
    process.stderr.write(`bench: ${name}${quick ? " (quick)" : ""}…\n`);
    const started = performance.now();
    try {
      // A module that takes no options still runs, at its full size.
      lines.push(...(await (module.default as Bench)({ quick })));
    } catch (error) {
      process.exitCode = 1;
      const message = error instanceof Error ? error.message : String(error);
      lines.push({ name, summary: `FAILED: ${message}`, figures: {} });
    }
    run.modules[name] = Number(((performance.now() - started) / 1000).toFixed(1));
  }
  if (!json) {
    process.stdout.write(`${table(lines)}\n`);
    return;
  }
  process.stdout.write(lines.map((l) => `${JSON.stringify(l)}\n`).join(""));
  await record(run, lines);
}

await main();
