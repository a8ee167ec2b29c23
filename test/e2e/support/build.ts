// The web app, built once per content: a cache keyed by a hash of src/web, the Vite config and
// the lockfile, so parallel e2e files (separate workers) and later runs share one build.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const cacheDir = path.join(os.tmpdir(), "rapport-e2e-web");
// A lock older than this belongs to a run that died mid-build.
const STALE_LOCK_MS = 120_000;
const POLL_MS = 100;

let built: Promise<string> | undefined;

/** The directory holding the built app (index.html, assets/); builds it on first use. */
export function builtWebDir(): Promise<string> {
  built ??= buildOnce();
  return built;
}

async function buildOnce(): Promise<string> {
  const dir = path.join(cacheDir, await sourceHash());
  const lock = `${dir}.lock`;
  await mkdir(cacheDir, { recursive: true });
  for (;;) {
    if (existsSync(path.join(dir, "index.html"))) {
      // Marks the build as in use, so that pruning spares it.
      await utimes(dir, new Date(), new Date());
      return dir;
    }
    if (await tryLock(lock)) {
      try {
        if (!existsSync(dir)) await build(dir);
        return dir;
      } finally {
        await rm(lock, { recursive: true, force: true });
      }
    }
    // Another worker is building: wait for its result (or its lock to go stale).
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function tryLock(lock: string): Promise<boolean> {
  try {
    await mkdir(lock);
    return true;
  } catch {
    const since = await stat(lock).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (since > STALE_LOCK_MS) await rm(lock, { recursive: true, force: true });
    return false;
  }
}

// A child process, so the build runs in production mode whatever NODE_ENV the test worker has.
async function build(dir: string) {
  const scratch = `${dir}.tmp-${process.pid}`;
  await promisify(execFile)(
    process.execPath,
    [
      path.join(root, "node_modules/vite/bin/vite.js"),
      "build",
      "--outDir",
      scratch,
      "--emptyOutDir",
      "--logLevel",
      "warn",
    ],
    { cwd: root, env: { ...process.env, NODE_ENV: "production" } },
  );
  // Atomic: a reader sees no build or a whole one.
  await rename(scratch, dir);
  await pruneOldBuilds();
}

// Builds of sources edited since are never read again; a day leaves other checkouts' in peace.
async function pruneOldBuilds() {
  for (const entry of await readdir(cacheDir)) {
    const file = path.join(cacheDir, entry);
    const age = await stat(file).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > 24 * 3600_000) await rm(file, { recursive: true, force: true });
  }
}

async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  const files = [...(await filesUnder(path.join(root, "src/web"))), "vite.config.ts", "package-lock.json"];
  for (const file of files.sort()) {
    hash
      .update(file)
      .update("\0")
      .update(await readFile(path.join(root, file)))
      .update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}
