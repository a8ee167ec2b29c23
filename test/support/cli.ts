// The real `rapport` command as a subprocess, on a database of its own: a SQLite data directory
// or a PostgreSQL URL. Each start costs a second or more (tsx), so tests start few processes and
// run them side by side where they can.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createUser, type SignedIn } from "../../src/services/accounts.js";
import type { Deps } from "../../src/services/context.js";
import type { DialectName } from "../../src/store/db.js";
import { sharedStore } from "./db.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = path.join(root, "bin/rapport.js");
const dirs: string[] = [];

export interface Run {
  /** The exit code; null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A new temporary directory, removed by `removeFreshDirs`. */
export function freshDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-cli-"));
  dirs.push(dir);
  return dir;
}

export function removeFreshDirs(): void {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts `rapport ARGS` on the database at `where`: a SQLite data directory or a postgres:// URL,
 * with `settings` added to the environment.
 */
export function spawnRapport(
  args: string[],
  where: string,
  settings: Record<string, string> = {},
): ChildProcessWithoutNullStreams {
  const { DATABASE_URL: _url, RAPPORT_DATA_DIR: _dir, ...env } = process.env;
  const database = /^postgres(ql)?:\/\//.test(where) ? { DATABASE_URL: where } : { RAPPORT_DATA_DIR: where };
  return spawn(process.execPath, [bin, ...args], {
    cwd: root,
    env: { ...env, ...database, ...settings, RAPPORT_FROM_SOURCE: "1" },
  });
}

/** Collects a started process's output until it ends. */
export function ended(child: ChildProcessWithoutNullStreams): Promise<Run> {
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs `rapport ARGS` to its end with `input` on stdin. */
export function rapport(args: string[], where: string, input: string | Buffer = ""): Promise<Run> {
  const child = spawnRapport(args, where);
  const run = ended(child);
  child.stdin.end(input);
  return run;
}

export interface CliWorkspace {
  /** The database's place, for `rapport` and `spawnRapport`. */
  where: string;
  /** The same database, for the test to read. */
  deps: Deps;
  owner: SignedIn;
  drop(): Promise<void>;
}

/** A fresh database with one user, the owner of one workspace: the CLI's default user. */
export async function cliWorkspace(dialect: DialectName): Promise<CliWorkspace> {
  const { store, where, drop } = await sharedStore(dialect);
  const deps: Deps = { store, now: () => new Date() };
  const owner = await createUser(deps, {
    email: "owner@example.com",
    password: "correct horse battery",
    name: "Olive Owner",
    workspace: "Olive's team",
  });
  return { where, deps, owner, drop };
}
