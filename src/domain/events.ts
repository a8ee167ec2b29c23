// What others may react to: the event types the outbox records and webhooks subscribe to, and when
// a failed webhook delivery is tried again.

export const eventTypes = [
  "touch.created",
  "touch.updated",
  "contact.created",
  "contact.updated",
  "contact.stage_changed",
  "deal.stage_changed",
  "matter.created",
  "follow_up.due",
] as const;
export type EventType = (typeof eventTypes)[number];

/** How a webhook delivery is retried: exponential backoff from `baseMs`, up to `maxAttempts` in all. */
export interface RetryPolicy {
  baseMs: number;
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = { baseMs: 30_000, maxAttempts: 8 };

/**
 * When to try again after failed attempt number `attempts` (1-based), or null when that was the
 * last. `jitter` in [0, 1) spreads retries by up to a fifth, so that a receiver back from an
 * outage is not hit by every delivery at once.
 * @example retryDelayMs(3, { baseMs: 1000, maxAttempts: 8 }, 0) // 4000
 */
export function retryDelayMs(attempts: number, policy: RetryPolicy, jitter: number): number | null {
  if (attempts >= policy.maxAttempts) return null;
  return Math.round(policy.baseMs * 2 ** (attempts - 1) * (1 + jitter / 5));
}

/** An endpoint told of a workspace's events; its signing secret is never part of it. */
export interface Webhook {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  url: string;
  events: EventType[];
}

export const deliveryStatuses = ["pending", "sent", "failed"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** One event for one endpoint, as the notification log shows it. */
export interface Delivery {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: EventType;
  url: string;
  status: DeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}
