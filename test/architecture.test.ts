// The architecture's arrows are checked by dependency-cruiser (`npm run lint:deps`). Here: the
// real tree breaks none of them, and each rule reports a deliberately wrong import in a small tree.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const options = await extractDepcruiseOptions(path.join(root, ".dependency-cruiser.js"));

async function violations(baseDir: string): Promise<{ rule: string; from: string; to: string }[]> {
  const { output } = await cruise(["src"], { ...options, baseDir });
  return (output as ICruiseResult).summary.violations.map((v) => ({
    rule: v.rule.name,
    from: v.from,
    to: v.to,
  }));
}

/** Modules the wrong and the right imports below point at. */
const targets: Record<string, string> = {
  "src/errors.ts": "export const failed = 1;",
  "src/domain/model.ts": "export const stages = [];",
  "src/contract/contacts.ts":
    'import { stages } from "../domain/model.js";\nexport const contactCreate = stages;',
  "src/store/db.ts": 'import type { Kysely } from "kysely";\nexport type Db = Kysely<object>;',
  "src/services/contacts.ts": 'import type { Db } from "../store/db.js";\nexport type Input = Db;',
  "src/server/app.ts":
    'import { contactCreate } from "../contract/contacts.js";\nexport const app = contactCreate;',
  "src/cli/main.ts": 'import { app } from "../server/app.js";\nexport const main = app;',
  "src/web/api/schema.d.ts": "export interface paths {}",
  // The other half of the cycle below: a cycle is reported once.
  "src/server/routes-index.ts": 'import type { O } from "./options.js";\nexport type A = O;',
};

/** Imports the architecture allows, including its two named exceptions. */
const allowed: Record<string, string> = {
  "src/cli/compose.ts": 'export { openStore } from "../store/db.js";',
  "src/services/settings.ts": 'export { contactCreate } from "../contract/contacts.js";',
  "src/services/touches.ts":
    'import type { contactCreate } from "../contract/contacts.js";\nexport type T = typeof contactCreate;',
  "src/store/crud.ts": 'export { failed } from "../errors.js";',
  "src/web/app.tsx": 'import type { paths } from "./api/schema.js";\nexport type P = paths;',
};

/** One wrong import per rule: the file that makes it, and what it imports. */
const wrong: [rule: string, file: string, source: string][] = [
  ["domain-imports-only-domain", "src/domain/rank.ts", 'export { failed } from "../errors.js";'],
  [
    "domain-is-pure",
    "src/domain/clock.ts",
    'import fs from "node:fs";\nexport const read = fs.readFileSync;',
  ],
  ["contract-imports-only-domain", "src/contract/touches.ts", 'export type { Db } from "../store/db.js";'],
  [
    "store-imports-only-domain",
    "src/store/touches.ts",
    'export type { Input } from "../services/contacts.js";',
  ],
  [
    "only-store-speaks-sql",
    "src/services/raw.ts",
    'import type { Kysely } from "kysely";\nexport type K = Kysely<object>;',
  ],
  [
    "only-server-speaks-http",
    "src/services/reply.ts",
    'import type { FastifyReply } from "fastify";\nexport type R = FastifyReply;',
  ],
  ["services-import-domain-and-store", "src/services/serve.ts", 'export { app } from "../server/app.js";'],
  [
    "services-take-types-not-schemas",
    "src/services/brief.ts",
    'export { contactCreate } from "../contract/contacts.js";',
  ],
  ["faces-never-open-the-store", "src/server/routes.ts", 'export type { Db } from "../store/db.js";'],
  ["server-is-not-the-cli", "src/server/run.ts", 'export { main } from "../cli/main.js";'],
  ["web-imports-only-web", "src/web/contact.tsx", 'export type { Input } from "../services/contacts.js";'],
  ["no-cycles", "src/server/options.ts", 'import type { A } from "./routes-index.js";\nexport type O = A;'],
  ["resolvable", "src/server/typo.ts", 'export { app } from "./apps.js";'],
];

describe("the architecture's arrows", () => {
  const fixture = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-architecture-"));
  afterAll(() => fs.rmSync(fixture, { recursive: true, force: true }));

  it("are all kept by the real tree", async () => {
    expect(await violations(root)).toEqual([]);
  }, 60_000);

  it("are each reported when an import crosses them, and allowed imports pass", async () => {
    // Packages resolve from the repository's node_modules, as in the real tree.
    fs.symlinkSync(path.join(root, "node_modules"), path.join(fixture, "node_modules"), "dir");
    const files = {
      ...targets,
      ...allowed,
      ...Object.fromEntries(wrong.map(([, file, source]) => [file, source])),
    };
    for (const [file, source] of Object.entries(files)) {
      fs.mkdirSync(path.join(fixture, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(fixture, file), `${source}\n`);
    }
    const reported = (await violations(fixture)).map(({ rule, from }) => [rule, from]);
    expect(reported.sort()).toEqual(wrong.map(([rule, file]) => [rule, file]).sort());
  }, 60_000);
});
