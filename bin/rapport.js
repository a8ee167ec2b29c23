#!/usr/bin/env node
// Runs the built CLI when there is one (npm start builds it), else the TypeScript sources via tsx.
// RAPPORT_FROM_SOURCE=1 always runs the sources (tests use it so that a stale build cannot hide).
import { existsSync } from "node:fs";
import process from "node:process";
import { fileURLToPath } from "node:url";

const built = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
if (existsSync(built) && process.env.RAPPORT_FROM_SOURCE !== "1") {
  await import(built);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../src/cli/main.ts", import.meta.url).href);
}
