// Prints the suite's counts per database from vitest's JSON report, then one closing line.
import { readFileSync } from "node:fs";

interface Report {
  testResults: { assertionResults: { ancestorTitles: string[]; status: string }[] }[];
}

const report = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as Report;
const groups = new Map<string, { passed: number; failed: number; skipped: number }>();
for (const file of report.testResults) {
  for (const test of file.assertionResults) {
    const name = test.ancestorTitles.join(" ");
    const group = /\bon postgres\b/.test(name) ? "postgres" : /\bon sqlite\b/.test(name) ? "sqlite" : "unit";
    const counts = groups.get(group) ?? { passed: 0, failed: 0, skipped: 0 };
    if (test.status === "passed") counts.passed++;
    else if (test.status === "failed") counts.failed++;
    else counts.skipped++;
    groups.set(group, counts);
  }
}
let passed = 0;
let failed = 0;
for (const [group, c] of [...groups].sort()) {
  console.log(`${group}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  passed += c.passed;
  failed += c.failed;
}
if (!groups.has("postgres")) console.log("postgres: not run (set RAPPORT_TEST_DATABASE_URL)");
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
