import type { Instant, Role } from "../domain/model.js";
import type { Db } from "./db.js";
import { newId } from "./ids.js";

export interface WorkspaceRecord {
  id: string;
  name: string;
  settings: string;
}

export async function insertWorkspace(db: Db, name: string, at: Instant): Promise<WorkspaceRecord> {
  const row = { id: newId(), name, settings: "{}", createdAt: at, updatedAt: at };
  await db.insertInto("workspaces").values(row).execute();
  return row;
}

export async function findWorkspaceByName(db: Db, name: string): Promise<WorkspaceRecord | undefined> {
  return db
    .selectFrom("workspaces")
    .select(["id", "name", "settings"])
    .where("name", "=", name)
    .executeTakeFirst();
}

export async function getWorkspace(db: Db, id: string): Promise<WorkspaceRecord | undefined> {
  return db
    .selectFrom("workspaces")
    .select(["id", "name", "settings"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function saveWorkspaceSettings(
  db: Db,
  id: string,
  settings: string,
  at: Instant,
): Promise<void> {
  await db.updateTable("workspaces").set({ settings, updatedAt: at }).where("id", "=", id).execute();
}

export async function addMembership(
  db: Db,
  workspaceId: string,
  userId: string,
  role: Role,
  at: Instant,
): Promise<void> {
  await db.insertInto("memberships").values({ workspaceId, userId, role, createdAt: at }).execute();
}

export async function findMembership(db: Db, workspaceId: string, userId: string) {
  return db
    .selectFrom("memberships")
    .select(["workspaceId", "userId", "role"])
    .where("workspaceId", "=", workspaceId)
    .where("userId", "=", userId)
    .executeTakeFirst();
}

/** The user's workspaces, oldest membership first. */
export async function membershipsOf(db: Db, userId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("workspaces", "workspaces.id", "memberships.workspaceId")
    .select(["workspaces.id as workspaceId", "workspaces.name as workspaceName", "memberships.role"])
    .where("memberships.userId", "=", userId)
    .orderBy("memberships.createdAt")
    .execute();
}

export async function membersOf(db: Db, workspaceId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.userId")
    .select(["users.id", "users.name", "users.email", "memberships.role"])
    .where("memberships.workspaceId", "=", workspaceId)
    .orderBy("users.name")
    .execute();
}
