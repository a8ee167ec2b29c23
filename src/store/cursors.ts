// Paging cursors are sealed with AES-256-GCM under a per-install key kept in the database (so every
// server instance shares it): a client hands one back but can neither read the sort value inside
// (a contact's name, say) nor forge or alter one.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { invalid } from "../errors.js";
import type { Db } from "./db.js";

const KEY_NAME = "cursor";
const IV_BYTES = 12;
const TAG_BYTES = 16;

// One lookup per database handle; a transaction looks it up again (a primary-key read).
const keys = new WeakMap<object, Buffer>();

async function cursorKey(db: Db): Promise<Buffer> {
  const known = keys.get(db);
  if (known) return known;
  const read = () =>
    db.selectFrom("installSecrets").select("secret").where("name", "=", KEY_NAME).executeTakeFirst();
  let row = await read();
  if (!row) {
    // The first instance to need it creates it; the others read the one that won.
    const secret = randomBytes(32).toString("base64url");
    await db
      .insertInto("installSecrets")
      .values({ name: KEY_NAME, secret })
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
    row = await read();
  }
  if (!row) throw new Error("the cursor key could not be stored");
  const key = Buffer.from(row.secret, "base64url");
  keys.set(db, key);
  return key;
}

export async function sealCursor(db: Db, value: unknown, id: string): Promise<string> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", await cursorKey(db), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify([value, id]), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

const unknownCursor = () =>
  invalid("The cursor is not one this API gave out", [{ field: "cursor", message: "unknown cursor" }]);

export async function openCursor(db: Db, cursor: string): Promise<[string | number, string]> {
  const bytes = Buffer.from(cursor, "base64url");
  if (bytes.length <= IV_BYTES + TAG_BYTES) throw unknownCursor();
  let parsed: unknown;
  try {
    const decipher = createDecipheriv("aes-256-gcm", await cursorKey(db), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    parsed = JSON.parse(text.toString("utf8"));
  } catch {
    throw unknownCursor();
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 2 &&
    (typeof parsed[0] === "string" || typeof parsed[0] === "number") &&
    typeof parsed[1] === "string"
  ) {
    return [parsed[0], parsed[1]];
  }
  throw unknownCursor();
}
