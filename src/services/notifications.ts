// The notification log: what was sent to the outside world, and what failed, newest first.
import type { NotificationListQuery } from "../contract/notifications.js";
import type { Delivery } from "../domain/events.js";
import { listDeliveries } from "../store/deliveries.js";
import type { Actor, Deps } from "./context.js";
import { ensureOwner } from "./webhooks.js";

export type Notification = Delivery & { kind: "webhook" };

export async function listNotifications(
  deps: Deps,
  actor: Actor,
  query: NotificationListQuery,
): Promise<{ items: Notification[]; nextCursor: string | null }> {
  // Only webhook deliveries so far, which only owners may see.
  ensureOwner(actor);
  const page = await listDeliveries(deps.store.db, actor.workspaceId, query);
  return { ...page, items: page.items.map((d) => ({ ...d, kind: "webhook" as const })) };
}
