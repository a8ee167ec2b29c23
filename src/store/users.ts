import { conflictOnDuplicate, type Db } from "./db.js";
import type { Instant } from "../domain/model.js";
import { newId } from "./ids.js";

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  timeZone: string;
}

const columns = ["id", "email", "name", "passwordHash", "timeZone"] as const;

export async function insertUser(
  db: Db,
  user: { email: string; name: string; passwordHash: string; timeZone?: string },
  at: Instant,
): Promise<UserRecord> {
  const row = {
    id: newId(),
    timeZone: "UTC",
    ...user,
    email: user.email.toLowerCase(),
    createdAt: at,
    updatedAt: at,
  };
  await conflictOnDuplicate(
    db.insertInto("users").values(row).execute(),
    "An account with this email was just created; sign in to join",
  );
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.passwordHash,
    timeZone: row.timeZone,
  };
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | undefined> {
  return db.selectFrom("users").select(columns).where("email", "=", email.toLowerCase()).executeTakeFirst();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Changes a user's own profile (absent fields are kept); `at` comes from the service's clock. */
export async function saveUserProfile(
  db: Db,
  id: string,
  profile: { name?: string | undefined; timeZone?: string | undefined },
  at: string,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ ...profile, updatedAt: at })
    .where("id", "=", id)
    .execute();
}

/** The first users by creation, up to `limit`. */
export async function listUsers(db: Db, limit: number): Promise<UserRecord[]> {
  return db.selectFrom("users").select(columns).orderBy("createdAt").limit(limit).execute();
}

/** Claims first-run setup inside its transaction: a second claim, even a concurrent one, is a conflict. */
export async function claimSetup(db: Db, at: Instant): Promise<void> {
  await conflictOnDuplicate(
    db.insertInto("setupClaims").values({ id: "first-run", claimedAt: at }).execute(),
    "Rapport is already set up; sign in instead",
  );
}
