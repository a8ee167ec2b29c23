// Files sent to the upload routes (/imports, /imports/inspect) as a client sends them: the raw
// body, or a multipart form with its fields before the file, as the web page sends it.
import fs from "node:fs";
import path from "node:path";
import type { Client, Reply, TestApp } from "./app.js";

/** test/fixtures/imports */
export const importFixtures = path.join(import.meta.dirname, "../fixtures/imports");

/** A file of test/fixtures/imports, e.g. `csv/google.csv`. */
export const importFixture = (file: string) => fs.readFileSync(path.join(importFixtures, file));

/** POSTs `body` to `url` with the client's token; answers the status, headers and JSON. */
export async function postFile(
  t: TestApp,
  client: Client,
  url: string,
  body: Buffer | string,
  type = "application/octet-stream",
): Promise<Reply> {
  const res = await t.app.inject({
    method: "POST",
    url,
    payload: body,
    headers: { authorization: `Bearer ${client.token}`, "content-type": type },
  });
  return { status: res.statusCode, headers: res.headers, body: res.json() };
}

/** A multipart form with `fields` before the file: its content type and body. */
export function multipartForm(fields: Record<string, string>, file: { name: string; body: Buffer | string }) {
  const boundary = "----rapport-test-boundary";
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    type: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([
      Buffer.from(parts.join("") + head),
      Buffer.from(file.body),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}
