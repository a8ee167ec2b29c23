// Commands that read text (a file, or stdin) and may run without a database.
import { readFile } from "node:fs/promises";
import { EXIT, fail, UsageError } from "./run.js";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer | string>)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/** The text of FILE, or of stdin for `-` (or no FILE when something is piped in). */
export async function readInput(file: string | undefined): Promise<string> {
  if (file === "-" || (file === undefined && !process.stdin.isTTY)) return readStdin();
  if (file === undefined) throw new UsageError("give a FILE, or pipe the text in on stdin");
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** The usage error for a file that cannot be opened or read, naming it and saying why. */
export function unreadable(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? ": no such file"
      : code === "EISDIR"
        ? ": it is a directory"
        : code
          ? ` (${code})`
          : "";
  return new UsageError(`cannot read ${file}${why}`);
}

/** Runs a command that needs no database, with the same error-to-exit-code mapping as the rest. */
export async function runLocal(action: () => Promise<number | void> | number | void): Promise<void> {
  try {
    process.exitCode = (await action()) ?? EXIT.ok;
  } catch (error) {
    fail(error);
  }
}
