// Restoring a workspace export (`workspaceExport`) into the actor's empty workspace: the book, its
// history and the workspace settings, in one transaction. The export's people become the target's
// members of the same email, or the acting user; no account, password, session or token is
// created or copied, and import history and calendar feeds (secrets) stay behind.
import { z } from "zod";
import { conflict, forbidden, invalid } from "../errors.js";
import type { Db } from "../store/db.js";
import {
  holdsBusinessRows,
  insertRestoredRows,
  rebuildDerivedData,
  remapRows,
  restoredTables,
  type RestoredTable,
} from "../store/workspace-restore.js";
import { membersOf, saveWorkspaceSettings } from "../store/workspaces.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { WORKSPACE_EXPORT_FORMAT } from "./exports.js";

const rows = z.array(z.record(z.string(), z.unknown()));
const businessTables = Object.fromEntries(restoredTables.map((table) => [table, rows])) as Record<
  RestoredTable,
  typeof rows
>;

/** Settings are JSON object text; what they hold is checked when read (services/settings.ts). */
const settingsText = z.string().refine((text) => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}, "expected a JSON object as text");

// Only the tables read here; others (and unknown ones) are ignored. Rows are checked by the store.
const workspaceExportDocument = z.object({
  format: z.literal(WORKSPACE_EXPORT_FORMAT),
  version: z.literal(1),
  tables: z.object({
    ...businessTables,
    workspaces: z.tuple([z.object({ settings: settingsText })]),
    users: z.array(z.object({ id: z.string(), email: z.string() })),
  }),
});

type WorkspaceExportDocument = z.infer<typeof workspaceExportDocument>;

function parseExport(doc: unknown): WorkspaceExportDocument {
  const parsed = workspaceExportDocument.safeParse(doc);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 20).map((issue) => ({
    field: issue.path.map(String).join(".") || "document",
    message: issue.message,
  }));
  throw invalid(`Not a Rapport workspace export: ${issues[0]!.field}: ${issues[0]!.message}`, issues);
}

/** The export's user ids → the target's member of the same email, or else the acting user. */
async function memberFor(
  db: Db,
  actor: Actor,
  users: WorkspaceExportDocument["tables"]["users"],
): Promise<(userId: string) => string> {
  const members = await membersOf(db, actor.workspaceId);
  const byEmail = new Map(members.map((m) => [m.email.toLowerCase(), m.id]));
  const emailOf = new Map(users.map((u) => [u.id, u.email.toLowerCase()]));
  return (userId) => byEmail.get(emailOf.get(userId) ?? "") ?? actor.userId;
}

/**
 * Restores a workspace export into the actor's workspace, which must hold no book yet; owners only,
 * since the export's settings replace the workspace's.
 * @example const { restored } = await restoreWorkspace(deps, actor, JSON.parse(text))
 */
export async function restoreWorkspace(
  deps: Deps,
  actor: Actor,
  doc: unknown,
): Promise<{ restored: Record<string, number> }> {
  if (actor.role !== "owner") throw forbidden("Only workspace owners can restore a workspace export");
  const { tables } = parseExport(doc);
  return deps.store.db.transaction().execute(async (trx) => {
    // Written first: the workspace row stays locked until commit, so a concurrent restore waits
    // here and then finds this one's rows.
    await saveWorkspaceSettings(trx, actor.workspaceId, tables.workspaces[0].settings, nowIso(deps));
    if (await holdsBusinessRows(trx, actor.workspaceId)) {
      throw conflict("This workspace already holds data: restore into an empty workspace");
    }
    const userOf = await memberFor(trx, actor, tables.users);
    const restored = await insertRestoredRows(trx, remapRows(tables, actor.workspaceId, userOf));
    await rebuildDerivedData(deps.store, trx, actor.workspaceId);
    return { restored };
  });
}
