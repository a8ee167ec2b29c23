// Exports: the workspace's contacts as vCard 4.0 or Google Contacts CSV, built a page at a time
// so that a large book never sits in memory whole, and the whole workspace as JSON.
import { Readable, pipeline } from "node:stream";
import { stringify } from "csv-stringify";
import { googleCsvHeaders, googleCsvRow } from "../domain/google-csv.js";
import { contactCard, type CardInput } from "../domain/vcard/card.js";
import { readWorkspaceSnapshot, type WorkspaceSnapshot } from "../store/backup.js";
import { contactSpec } from "../store/contacts.js";
import { listRows } from "../store/crud.js";
import { organizationNames } from "../store/organizations.js";
import type { Actor, Deps } from "./context.js";

export const exportFormats = ["vcard", "csv", "json"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ContactExportOptions {
  /** Archived contacts too; live ones only by default. */
  includeArchived?: boolean;
  /** Contacts per page read from the store. */
  pageSize?: number;
}

async function* contactPages(
  deps: Deps,
  actor: Actor,
  { includeArchived = false, pageSize = 500 }: ContactExportOptions,
): AsyncGenerator<CardInput[]> {
  const db = deps.store.db;
  let cursor: string | undefined;
  do {
    const page = await listRows(db, contactSpec, actor.workspaceId, {
      limit: pageSize,
      cursor,
      archived: includeArchived ? "include" : "exclude",
    });
    const orgIds = page.items.flatMap((c) => (c.organizationId ? [c.organizationId] : []));
    const names = await organizationNames(db, actor.workspaceId, orgIds);
    yield page.items.map((contact) => ({
      contact,
      organization: contact.organizationId ? (names.get(contact.organizationId) ?? null) : null,
    }));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** The contacts as one vCard 4.0 file, yielded a page of cards at a time. */
export async function* vcardExport(
  deps: Deps,
  actor: Actor,
  options: ContactExportOptions = {},
): AsyncGenerator<string> {
  for await (const page of contactPages(deps, actor, options)) yield page.map(contactCard).join("");
}

/** The contacts as CSV in Google Contacts' layout (CRLF rows): a header, then a row per contact. */
export async function* googleCsvExport(
  deps: Deps,
  actor: Actor,
  options: ContactExportOptions = {},
): AsyncGenerator<string> {
  async function* rows() {
    yield [...googleCsvHeaders];
    for await (const page of contactPages(deps, actor, options)) {
      for (const { contact, organization } of page) yield googleCsvRow(contact, organization);
    }
  }
  // With CRLF rows, csv-stringify quotes a cell only for a whole CRLF: a lone newline (in an
  // address) must be quoted too, or readers split the row there.
  const csv = stringify({ record_delimiter: "windows", quoted_match: /[\r\n]/ }).setEncoding("utf8");
  // A failure reading the store ends `csv` with that error, so the loop below throws it.
  pipeline(Readable.from(rows()), csv, () => undefined);
  for await (const chunk of csv) yield chunk as string;
}

export const WORKSPACE_EXPORT_FORMAT = "rapport-workspace-export";

export interface WorkspaceExport {
  format: typeof WORKSPACE_EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  workspaceId: string;
  /** The backup's rows for this workspace (same columns), without sessions, tokens, invites or password hashes. */
  tables: WorkspaceSnapshot;
}

/**
 * Everything of the actor's workspace, archived rows included, read in one consistent
 * transaction: contacts, organizations, touches, facts, matters, follow-ups, deals, concerns,
 * contracts, stage changes, members and settings.
 */
export async function workspaceExport(deps: Deps, actor: Actor): Promise<WorkspaceExport> {
  return {
    format: WORKSPACE_EXPORT_FORMAT,
    version: 1,
    exportedAt: deps.now().toISOString(),
    workspaceId: actor.workspaceId,
    tables: await readWorkspaceSnapshot(deps.store, actor.workspaceId),
  };
}

/** An export in any format as text chunks, for writers that stream (a file, stdout, an HTTP reply). */
export async function* exportChunks(
  deps: Deps,
  actor: Actor,
  format: ExportFormat,
  options: ContactExportOptions = {},
): AsyncGenerator<string> {
  if (format === "vcard") yield* vcardExport(deps, actor, options);
  else if (format === "csv") yield* googleCsvExport(deps, actor, options);
  else yield `${JSON.stringify(await workspaceExport(deps, actor), null, 2)}\n`;
}
