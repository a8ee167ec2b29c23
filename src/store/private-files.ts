// Files that hold the book (the database, its WAL, backups, exports) are readable by their
// owner only: they carry password hashes and clients' private lives.
import fs from "node:fs";

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/** Creates the directory (and its parents) for the owner only; an existing one is left as it is. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
}

/** Creates `file` empty for the owner only, or narrows an existing one to the owner. */
export function ensurePrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, "a", FILE_MODE));
  fs.chmodSync(file, FILE_MODE);
}

/** Writes `data` to a file only its owner can read, from its first byte on. */
export async function writePrivateFile(file: string, data: string): Promise<void> {
  ensurePrivateFile(file);
  await fs.promises.writeFile(file, data);
}
