// Uploaded files land in a private temporary file before an import reads them: the request ends
// as soon as the bytes are in, and the import runs on after the answer.
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/** The largest file an import takes: a 100,000-contact export is about 30 MB. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

export interface SavedUpload {
  file: string;
  bytes: number;
  remove(): Promise<void>;
}

function tooLarge(limit: number): Error {
  const megabytes = Math.round(limit / 1024 / 1024);
  return Object.assign(new Error(`The file is larger than ${megabytes} MB`), { statusCode: 413 });
}

/** Writes the stream to a temporary file readable by this user only; refuses more than `limit` bytes. */
export async function saveUpload(stream: Readable, limit = MAX_UPLOAD_BYTES): Promise<SavedUpload> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rapport-import-"));
  const file = path.join(dir, "upload");
  const remove = () => fs.rm(dir, { recursive: true, force: true });
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > limit ? tooLarge(limit) : null, chunk);
    },
  });
  try {
    await pipeline(stream, count, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await remove();
    throw error;
  }
  return { file, bytes, remove };
}
