// Expectations several HTTP test files share.
import { expect } from "vitest";
import type { Body, Client, Reply } from "./app.js";

/** A 400 problem document naming `field` among its errors. */
export function expectInvalid(res: Reply, field: string): void {
  expect(res.status).toBe(400);
  expect(res.headers["content-type"]).toContain("application/problem+json");
  expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

/** Another workspace's row at `url`: reading, updating, archiving and restoring it all answer 404. */
export async function expectHidden(client: Client, url: string, update: Body): Promise<void> {
  for (const [method, path, body] of [
    ["GET", url, undefined],
    ["PATCH", url, update],
    ["DELETE", url, undefined],
    ["POST", `${url}/restore`, undefined],
  ] as const) {
    expect((await client.request(method, path, body)).status, `${method} ${path}`).toBe(404);
  }
}
