// Workspace settings: agenda cadences and windows, coach rules, matter auto-confirmation.
import { workspaceSettings, type SettingsPatch, type WorkspaceSettings } from "../contract/settings.js";
import { mergeSettings, type AgendaSettings } from "../domain/agenda/settings.js";
import { forbidden, notFound } from "../errors.js";
import type { Db } from "../store/db.js";
import { getWorkspace, saveWorkspaceSettings } from "../store/workspaces.js";
import { nowIso, type Actor, type Deps } from "./context.js";

/** The workspace's stored settings, checked on the way out of the database. */
export async function readSettings(db: Db, workspaceId: string): Promise<WorkspaceSettings> {
  const workspace = await getWorkspace(db, workspaceId);
  if (!workspace) throw notFound("workspace");
  let stored: unknown;
  try {
    stored = JSON.parse(workspace.settings);
  } catch {
    stored = {};
  }
  const parsed = workspaceSettings.safeParse(stored);
  // Settings that no longer validate (written by an older version) fall back to the defaults.
  return parsed.success ? parsed.data : workspaceSettings.parse({});
}

export function agendaSettingsOf(settings: WorkspaceSettings): AgendaSettings {
  return mergeSettings(settings.agenda);
}

export function getSettings(deps: Deps, actor: Actor): Promise<WorkspaceSettings> {
  return readSettings(deps.store.db, actor.workspaceId);
}

/** Owners change settings; each part given replaces that part's given keys. */
export async function updateSettings(
  deps: Deps,
  actor: Actor,
  patch: SettingsPatch,
): Promise<WorkspaceSettings> {
  if (actor.role !== "owner") throw forbidden("Only workspace owners can change settings");
  return deps.store.db.transaction().execute(async (trx) => {
    const current = await readSettings(trx, actor.workspaceId);
    const next: WorkspaceSettings = {
      agenda: {
        ...current.agenda,
        ...patch.agenda,
        cadenceDays: { ...current.agenda.cadenceDays, ...patch.agenda?.cadenceDays },
      },
      coach: { ...current.coach, ...patch.coach },
      autoConfirmMatters: patch.autoConfirmMatters ?? current.autoConfirmMatters,
    };
    await saveWorkspaceSettings(trx, actor.workspaceId, JSON.stringify(next), nowIso(deps));
    return next;
  });
}

/** Resolved agenda settings (defaults filled in), for display. */
export async function effectiveAgendaSettings(deps: Deps, actor: Actor): Promise<AgendaSettings> {
  return agendaSettingsOf(await getSettings(deps, actor));
}
