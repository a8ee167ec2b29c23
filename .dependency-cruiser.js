// The architecture's arrows, checked by `npm run lint:deps` (docs/architecture.md lists them).
// Paths are relative to the repository root; `test/architecture.test.ts` proves each rule bites.

/** @import { IRegularForbiddenRuleType as Rule } from "dependency-cruiser" */

/** Our own modules outside the layers named, as a path pattern. */
const outside = (/** @type {string[]} */ ...layers) => `^src/(?!(${layers.join("|")})/)`;

/**
 * An import from `from` to `to` is an error; `comment` says why.
 * @param {string} name
 * @param {string} comment
 * @param {Rule["from"]} from
 * @param {Rule["to"]} to
 * @returns {Rule}
 */
const forbid = (name, comment, from, to) => ({ name, comment, severity: "error", from, to });

const errors = "^src/errors\\.ts$";

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    forbid(
      "no-cycles",
      "Modules form a tree of layers; a cycle (type-only ones too) ties two files into one.",
      { path: "^src/" },
      { circular: true },
    ),
    forbid(
      "resolvable",
      "An import that cannot be resolved would escape every other rule.",
      { path: "^src/" },
      { couldNotResolve: true },
    ),
    forbid(
      "domain-imports-only-domain",
      "The domain is the centre: it imports nothing of ours outside itself.",
      { path: "^src/domain/" },
      { path: outside("domain") },
    ),
    forbid(
      "domain-is-pure",
      "No I/O in the domain: no Node built-ins (the database and HTTP have rules of their own).",
      { path: "^src/domain/" },
      { dependencyTypes: ["core"] },
    ),
    forbid(
      "contract-imports-only-domain",
      "The API's schemas are built from the domain's vocabulary and nothing else of ours.",
      { path: "^src/contract/" },
      { path: outside("contract", "domain") },
    ),
    forbid(
      "store-imports-only-domain",
      "The store maps rows to domain types; it may throw the shared errors.",
      { path: "^src/store/" },
      { path: outside("store", "domain"), pathNot: errors },
    ),
    forbid(
      "only-store-speaks-sql",
      "Kysely and the drivers are the store's business, types included.",
      { path: "^src/", pathNot: "^src/store/" },
      { path: "(^|/)node_modules/(kysely|better-sqlite3|pg)/" },
    ),
    forbid(
      "only-server-speaks-http",
      "Fastify stays in the HTTP face: services never throw or return HTTP types.",
      { path: "^src/", pathNot: "^src/server/" },
      { path: "(^|/)node_modules/(fastify|@fastify/[^/]+)/" },
    ),
    forbid(
      "services-import-domain-and-store",
      "Use cases sit under the faces: never server, cli, web or the environment.",
      { path: "^src/services/" },
      { path: outside("services", "domain", "store", "contract"), pathNot: errors },
    ),
    forbid(
      "services-take-types-not-schemas",
      "A service may name the contract's input types, never parse its HTTP schemas. Settings read " +
        "back from the database are the one document checked with its API schema.",
      { path: "^src/services/", pathNot: "^src/services/settings\\.ts$" },
      { path: "^src/contract/", dependencyTypesNot: ["type-only"] },
    ),
    forbid(
      "faces-never-open-the-store",
      "Server and CLI go through services; one composition root opens the database.",
      { path: "^src/(server|cli)/", pathNot: "^src/cli/compose\\.ts$" },
      { path: "^src/store/" },
    ),
    forbid(
      "server-is-not-the-cli",
      "The CLI may start the server; the server never reaches into the CLI.",
      { path: "^src/server/" },
      { path: "^src/cli/" },
    ),
    forbid(
      "web-imports-only-web",
      "The web app talks to the server over HTTP; its API types are generated into src/web/api/.",
      { path: "^src/web/" },
      { path: outside("web") },
    ),
  ],
  options: {
    doNotFollow: { path: "(^|/)node_modules/" },
    exclude: { path: "^src/web/dist/" },
    // Type-only imports count: a type import still couples two layers.
    tsPreCompilationDeps: true,
  },
};
