// Restoring a workspace export into another, empty workspace, possibly beside its source in the
// same database: every row gets a new id and every reference to a restored row follows it. Rows
// are checked by the store's own row parsers before anything is written, so that a hand-edited
// file cannot leave a row the readers refuse or a reference into someone else's workspace.
import { sql, type Kysely } from "kysely";
import { z } from "zod";
import { stages } from "../domain/model.js";
import { invalid } from "../errors.js";
import { rebuildActivity } from "./activity.js";
import { writeContactKeys } from "./contact-keys.js";
import { contactSpec } from "./contacts.js";
import { contractSpec } from "./contracts.js";
import type { ResourceSpec } from "./crud.js";
import type { Db, Store } from "./db.js";
import { concernRow, dealSpec } from "./deals.js";
import { factSpec } from "./facts.js";
import { followUpSpec } from "./follow-ups.js";
import { newId } from "./ids.js";
import { matterSpec } from "./matters.js";
import { organizationSpec } from "./organizations.js";
import type { Database } from "./schema.js";
import { touchSpec } from "./touches.js";

type Row = Record<string, unknown>;
// Generic code addresses tables by name; each table's rule parses its rows.
type Loose = Kysely<Record<string, Row>>;

/** The tables a restore writes, parents before children. */
export const restoredTables = [
  "organizations",
  "contacts",
  "importSources",
  "stageChanges",
  "deals",
  "touches",
  "facts",
  "matters",
  "followUps",
  "concerns",
  "contracts",
] as const satisfies readonly (keyof Database)[];

export type RestoredTable = (typeof restoredTables)[number];
export type RestoredRows = Record<RestoredTable, readonly Row[]>;

type Column<T extends RestoredTable> = keyof Database[T] & string;

interface TableRule<T extends RestoredTable> {
  /** Checks a row and returns its columns in stored form, unknown ones dropped. */
  parse(row: Row): Row;
  /** The column no two rows of the table share; an `id` is replaced by a new one. */
  key: Column<T>;
  /** Columns naming another row, and that row's table (`users`: mapped by the caller). */
  refs: Partial<Record<Column<T>, RestoredTable | "users">>;
}

/** A versioned resource's row, read and written back by its own spec. */
const bySpec =
  <T>(spec: ResourceSpec<T>) =>
  (row: Row): Row =>
    spec.toRow(spec.fromRow(row) as Row);

const stageChangeRow = z.object({
  id: z.string(),
  contactId: z.string(),
  fromStage: z.enum(stages).nullable(),
  toStage: z.enum(stages),
  changedAt: z.string(),
});

const importSourceRow = z.object({ fingerprint: z.string(), contactId: z.string(), createdAt: z.string() });

const rules: { [T in RestoredTable]: TableRule<T> } = {
  organizations: { parse: bySpec(organizationSpec), key: "id", refs: {} },
  contacts: {
    parse: bySpec(contactSpec),
    key: "id",
    refs: { ownerId: "users", organizationId: "organizations" },
  },
  importSources: {
    parse: (row) => importSourceRow.parse(row),
    key: "fingerprint",
    refs: { contactId: "contacts" },
  },
  stageChanges: { parse: (row) => stageChangeRow.parse(row), key: "id", refs: { contactId: "contacts" } },
  deals: { parse: bySpec(dealSpec), key: "id", refs: { contactId: "contacts", ownerId: "users" } },
  touches: {
    parse: bySpec(touchSpec),
    key: "id",
    refs: { contactId: "contacts", ownerId: "users", dealId: "deals" },
  },
  facts: { parse: bySpec(factSpec), key: "id", refs: { contactId: "contacts", sourceTouchId: "touches" } },
  matters: {
    parse: bySpec(matterSpec),
    key: "id",
    refs: { contactId: "contacts", sourceTouchId: "touches" },
  },
  followUps: { parse: bySpec(followUpSpec), key: "id", refs: { contactId: "contacts", ownerId: "users" } },
  concerns: { parse: (row) => concernRow.parse(row), key: "id", refs: { dealId: "deals" } },
  contracts: { parse: bySpec(contractSpec), key: "id", refs: { contactId: "contacts" } },
};

/** Any table's rule, for the generic walk below. */
interface AnyRule {
  parse(row: Row): Row;
  key: string;
  refs: Partial<Record<string, RestoredTable | "users">>;
}

function parseRow(rule: AnyRule, row: Row, at: string): Row {
  try {
    return rule.parse(row);
  } catch (error) {
    // A zod issue names the column; a JSON column that is not JSON throws a SyntaxError.
    const issue = error instanceof z.ZodError ? error.issues[0] : undefined;
    const field = issue ? [at, ...issue.path.map(String)].join(".") : at;
    const message = issue?.message ?? (error instanceof Error ? error.message : "unreadable");
    throw invalid(`${field} is not a valid row: ${message}`, [{ field, message }]);
  }
}

/**
 * The export's rows as the workspace will hold them: checked, with new ids, references to
 * restored rows rewritten and users mapped by `userOf`. A reference to a row the export does not
 * hold is refused: kept as it is, it could name a row of another workspace.
 */
export function remapRows(
  tables: RestoredRows,
  workspaceId: string,
  userOf: (userId: string) => string,
): RestoredRows {
  const newIds = new Map<RestoredTable, Map<string, string>>();
  const remapped = {} as Record<RestoredTable, Row[]>;
  for (const table of restoredTables) {
    const rule: AnyRule = rules[table];
    const ids = new Map<string, string>();
    newIds.set(table, ids);
    remapped[table] = tables[table].map((source, index) => {
      const at = `tables.${table}.${index}`;
      const row = parseRow(rule, source, at);
      const key = String(row[rule.key]);
      if (ids.has(key)) {
        const field = `${at}.${rule.key}`;
        throw invalid(`${field} repeats an earlier row's ${rule.key}`, [{ field, message: "duplicate" }]);
      }
      for (const [column, target] of Object.entries(rule.refs)) {
        // The row parsers read every reference column as text or null.
        const value = row[column] as string | null;
        if (value === null || target === undefined) continue;
        const mapped = target === "users" ? userOf(value) : newIds.get(target)?.get(value);
        if (mapped === undefined) {
          const field = `${at}.${column}`;
          throw invalid(`${field} names no row of ${target} in the export`, [
            { field, message: `not among the export's ${target}` },
          ]);
        }
        row[column] = mapped;
      }
      const id = rule.key === "id" ? newId() : key;
      ids.set(key, id);
      return { ...row, [rule.key]: id, workspaceId };
    });
  }
  return remapped;
}

/** Writes remapped rows, parents first, in the caller's transaction; the count per table. */
export async function insertRestoredRows(db: Db, rows: RestoredRows): Promise<Record<RestoredTable, number>> {
  const loose = db as unknown as Loose;
  const counts = {} as Record<RestoredTable, number>;
  for (const table of restoredTables) {
    const all = rows[table];
    // Batches keep each statement under SQLite's bound-parameter limit.
    for (let i = 0; i < all.length; i += 200) {
      await loose
        .insertInto(table)
        .values(all.slice(i, i + 200))
        .execute();
    }
    counts[table] = all.length;
  }
  return counts;
}

/** Whether the workspace holds any row of the tables a restore writes. */
export async function holdsBusinessRows(db: Db, workspaceId: string): Promise<boolean> {
  const loose = db as unknown as Loose;
  for (const table of restoredTables) {
    const row = await loose
      .selectFrom(table)
      .select("workspaceId")
      .where("workspaceId", "=", workspaceId)
      .limit(1)
      .executeTakeFirst();
    if (row) return true;
  }
  return false;
}

/**
 * Rebuilds the workspace's derived rows (contact keys, activity) from its restored rows, in the
 * caller's transaction `db` on `store`.
 */
export async function rebuildDerivedData(store: Store, db: Db, workspaceId: string): Promise<void> {
  // PostgreSQL plans from statistics, which know nothing yet of a workspace just written: it then
  // nests loops that make the activity rebuild quadratic (35 s instead of 0.1 s for 20,000
  // touches). ANALYZE counts this transaction's rows. SQLite plans without statistics.
  if (store.dialect === "postgres") await sql`analyze touches`.execute(db);
  let after = "";
  for (;;) {
    const page = await db
      .selectFrom("contacts")
      .select(["id", "emails", "phones"])
      .where("workspaceId", "=", workspaceId)
      .where("id", ">", after)
      .orderBy("id")
      .limit(1_000)
      .execute();
    const last = page.at(-1);
    if (!last) break;
    const contacts = page.map((row) => ({
      id: row.id,
      emails: JSON.parse(row.emails) as string[],
      phones: JSON.parse(row.phones) as string[],
    }));
    await writeContactKeys(db, workspaceId, contacts);
    after = last.id;
  }
  await rebuildActivity(db, workspaceId);
}
