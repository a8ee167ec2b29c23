// Webhook deliveries: claimed with a lease by whichever server gets there first, finished by the one
// holding the lease, and listed as the notification log.
import { sql } from "kysely";
import { z } from "zod";
import { deliveryStatuses, eventTypes, type Delivery } from "../domain/events.js";
import type { Instant } from "../domain/model.js";
import { openCursor, sealCursor } from "./cursors.js";
import type { Db, Store } from "./db.js";
import { count, nullableText } from "./rows.js";

/** A claimed delivery with what sending it needs; `secret` and `url` are null when its webhook is gone. */
export interface ClaimedDelivery {
  id: string;
  attempts: number;
  eventType: string;
  occurredAt: Instant;
  payload: string;
  url: string | null;
  secret: string | null;
}

export interface Claim {
  now: Instant;
  leaseUntil: Instant;
  /** Names this claim: only its holder may finish what it claimed. */
  token: string;
  limit: number;
}

/**
 * Leases up to `limit` deliveries that are due and not leased (or whose lease ran out: the server
 * holding it died). One statement, so that two servers never claim the same delivery: SQLite runs
 * one writer at a time, and PostgreSQL skips rows another claim has locked.
 */
export async function claimDeliveries(store: Store, claim: Claim): Promise<ClaimedDelivery[]> {
  const { now, leaseUntil, token, limit } = claim;
  const db = store.db;
  const due = db
    .selectFrom("webhookDeliveries")
    .select("id")
    .where("status", "=", "pending")
    .where("nextAttemptAt", "<=", now)
    .where((eb) => eb.or([eb("leaseUntil", "is", null), eb("leaseUntil", "<=", now)]))
    .orderBy("nextAttemptAt")
    .limit(limit)
    .$if(store.dialect === "postgres", (q) => q.forUpdate().skipLocked());
  const claimed = await db
    .updateTable("webhookDeliveries")
    .set({ leaseUntil, leaseToken: token, attempts: sql`attempts + 1`, updatedAt: now })
    .where("id", "in", due)
    .returning("id")
    .execute();
  if (claimed.length === 0) return [];
  const rows = await db
    .selectFrom("webhookDeliveries as d")
    .innerJoin("events as e", "e.id", "d.eventId")
    .leftJoin("webhooks as w", (join) =>
      join.onRef("w.id", "=", "d.webhookId").on("w.archivedAt", "is", null),
    )
    .select(["d.id", "d.attempts", "d.eventType", "e.occurredAt", "e.payload", "w.url", "w.secret"])
    .where("d.leaseToken", "=", token)
    .where(
      "d.id",
      "in",
      claimed.map((c) => c.id),
    )
    .orderBy("e.occurredAt")
    .execute();
  return rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
}

/**
 * How an attempt ended: sent, failed for good, or to be tried again at `nextAttemptAt`; `url` is
 * where it went (the webhook's URL may have changed since the event), absent when it went nowhere.
 */
export type Outcome = {
  at: Instant;
  url?: string;
  responseStatus: number | null;
  error: string | null;
} & ({ status: "sent" | "failed" } | { status: "pending"; nextAttemptAt: Instant });

/** Records an attempt's outcome, if `token` still holds the lease (a slower server's word is ignored). */
export async function finishDelivery(db: Db, id: string, token: string, outcome: Outcome): Promise<boolean> {
  const { at, url, responseStatus, error, status } = outcome;
  const result = await db
    .updateTable("webhookDeliveries")
    .set({
      status,
      url,
      responseStatus,
      lastError: error,
      leaseUntil: null,
      leaseToken: null,
      updatedAt: at,
      ...(outcome.status === "pending" ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
    })
    .where("id", "=", id)
    .where("leaseToken", "=", token)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deliveries waiting to be sent, across all workspaces: the scheduler's queue depth. */
export async function pendingDeliveries(db: Db): Promise<number> {
  const row = await db
    .selectFrom("webhookDeliveries")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("status", "=", "pending")
    .executeTakeFirstOrThrow();
  return count.parse(row.n);
}

const deliveryRow = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventId: z.string(),
  eventType: z.enum(eventTypes),
  url: z.string(),
  status: z.enum(deliveryStatuses),
  attempts: count,
  responseStatus: count.nullable(),
  lastError: nullableText,
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A workspace's deliveries, newest first, a page at a time. */
export async function listDeliveries(
  db: Db,
  workspaceId: string,
  page: { cursor?: string; limit: number; webhookId?: string },
): Promise<{ items: Delivery[]; nextCursor: string | null }> {
  let q = db.selectFrom("webhookDeliveries").selectAll().where("workspaceId", "=", workspaceId);
  if (page.webhookId !== undefined) q = q.where("webhookId", "=", page.webhookId);
  if (page.cursor) {
    const [createdAt, id] = await openCursor(db, page.cursor);
    q = q.where((eb) =>
      eb.or([
        eb("createdAt", "<", String(createdAt)),
        eb.and([eb("createdAt", "=", String(createdAt)), eb("id", "<", id)]),
      ]),
    );
  }
  const rows = await q
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .limit(page.limit + 1)
    .execute();
  const items = rows.slice(0, page.limit).map((r) => {
    const { lastError, ...rest } = deliveryRow.parse(r);
    return { ...rest, error: lastError };
  });
  const last = items.at(-1);
  const nextCursor = rows.length > page.limit && last ? await sealCursor(db, last.createdAt, last.id) : null;
  return { items, nextCursor };
}
