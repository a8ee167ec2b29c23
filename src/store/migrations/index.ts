// The one ordered list of migrations, applied at start and by `rapport migrate`.
import type { Kysely, Migration, MigrationProvider } from "kysely";
import * as initial from "./001_initial.js";
import * as agendaIndexes from "./002_agenda_indexes.js";
import * as contactActivity from "./003_contact_activity.js";
import * as bookChanges from "./004_book_changes.js";
import * as security from "./005_security.js";
import * as calendarFeeds from "./006_calendar_feeds.js";
import * as contactImport from "./007_contact_import.js";
import * as dealAmounts from "./008_deal_amounts.js";
import * as importLookups from "./009_import_lookups.js";
import * as eventsWebhooks from "./010_events_webhooks.js";
import * as bulkBookMarks from "./011_bulk_book_marks.js";

type Step = (db: Kysely<unknown>, postgres: boolean) => Promise<void>;

const steps: Record<string, { up: Step }> = {
  "001_initial": initial,
  "002_agenda_indexes": agendaIndexes,
  "003_contact_activity": contactActivity,
  "004_book_changes": bookChanges,
  "005_security": security,
  "006_calendar_feeds": calendarFeeds,
  "007_contact_import": contactImport,
  "008_deal_amounts": dealAmounts,
  "009_import_lookups": importLookups,
  "010_events_webhooks": eventsWebhooks,
  "011_bulk_book_marks": bulkBookMarks,
};

export function migrationProvider(postgres: boolean): MigrationProvider {
  return {
    getMigrations(): Promise<Record<string, Migration>> {
      const migrations: Record<string, Migration> = {};
      for (const [name, step] of Object.entries(steps)) {
        migrations[name] = { up: (db) => step.up(db, postgres) };
      }
      return Promise.resolve(migrations);
    },
  };
}
