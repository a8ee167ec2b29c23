// How every command runs: configuration from the environment, a migrated store, one mapping
// from errors to exit codes (0 ok, 1 failure, 2 usage), and output for people or for --json.
import { loadConfig, type Config } from "../config.js";
import { isAppError } from "../errors.js";
import type { Deps } from "../services/context.js";
import { compose, type Composed } from "./compose.js";

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export class UsageError extends Error {}

export interface CommandContext {
  deps: Deps;
  config: Config;
  /** Migrations applied on opening the database, and its name. */
  applied: string[];
  database: string;
}

/** Opens the store (migrating it), runs the command, closes the store, sets the exit code. */
export async function withStore(
  action: (ctx: CommandContext) => Promise<number | void> | number | void,
): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error);
    return;
  }
  let composed: Composed;
  try {
    composed = await compose(config);
  } catch (error) {
    fail(error);
    return;
  }
  const { deps, applied, database } = composed;
  try {
    const code = await action({ deps, config, applied, database });
    process.exitCode = code ?? EXIT.ok;
  } catch (error) {
    fail(error);
  } finally {
    await composed.close();
  }
}

export function fail(error: unknown): void {
  if (error instanceof UsageError) {
    process.stderr.write(`rapport: ${error.message}\n`);
    process.exitCode = EXIT.usage;
    return;
  }
  if (isAppError(error)) {
    const fields = error.issues.map((i) => `\n  ${i.field}: ${i.message}`).join("");
    process.stderr.write(`rapport: ${error.message}${fields}\n`);
    process.exitCode = error.code === "invalid" ? EXIT.usage : EXIT.failure;
    return;
  }
  process.stderr.write(`rapport: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT.failure;
}

export function print(json: boolean | undefined, data: unknown, human: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${human()}\n`);
}

/** A progress line on a terminal; silent when output is piped. */
export function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${message}`);
}

export function progressDone(): void {
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[2K");
}
