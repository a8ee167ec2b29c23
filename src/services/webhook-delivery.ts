// The webhook delivery job: claims due deliveries with a lease, POSTs each as a Standard Webhooks
// message, and records the outcome, retrying failures with exponential backoff up to a bound.
// A receiver may see a message again only if a server died mid-send (after its lease ran out);
// `webhook-id` stays the same across attempts so that it can tell.
import { randomUUID } from "node:crypto";
import { defaultRetryPolicy, retryDelayMs, type RetryPolicy } from "../domain/events.js";
import {
  claimDeliveries,
  finishDelivery,
  pendingDeliveries,
  type ClaimedDelivery,
} from "../store/deliveries.js";
import type { Deps } from "./context.js";
import type { Job } from "./scheduler.js";
import { signedHeaders } from "./webhook-signature.js";

export interface DeliveryOptions {
  retry?: RetryPolicy;
  /** How long a claim holds its deliveries; a server that dies frees them after this. */
  leaseMs?: number;
  /** How long a receiver has to answer. */
  timeoutMs?: number;
  /** Deliveries claimed (and sent in parallel) at a time. */
  batchSize?: number;
  /** For the retry jitter, in [0, 1). */
  random?: () => number;
}

const defaults = {
  retry: defaultRetryPolicy,
  leaseMs: 60_000,
  timeoutMs: 10_000,
  batchSize: 10,
  random: Math.random,
};

// Bounds one run, so that a flood of events neither keeps the other jobs waiting nor sends
// signatures dated long before they leave.
const MAX_BATCHES_PER_RUN = 20;

interface Attempt {
  responseStatus: number | null;
  error: string | null;
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === "TimeoutError") return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

async function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<Attempt> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "user-agent": "Rapport-Webhooks/1" },
      body,
      // A redirect is not followed: the owner registered this URL, not wherever it points to.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return { responseStatus: response.status, error: response.ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    return { responseStatus: null, error: describe(error, timeoutMs) };
  }
}

/** The message body: the event as Standard Webhooks shapes it, the same bytes on every attempt. */
function messageOf(d: ClaimedDelivery): string {
  return `{"type":${JSON.stringify(d.eventType)},"timestamp":${JSON.stringify(d.occurredAt)},"data":${d.payload}}`;
}

async function attempt(deps: Deps, d: ClaimedDelivery, token: string, now: Date, o: typeof defaults) {
  const at = now.toISOString();
  if (d.url === null || d.secret === null) {
    const error = "the webhook was deleted before this could be sent";
    return finishDelivery(deps.store.db, d.id, token, {
      at,
      status: "failed",
      responseStatus: null,
      error,
    });
  }
  const body = messageOf(d);
  const result = await post(d.url, signedHeaders(d.secret, d.id, now, body), body, o.timeoutMs);
  if (result.error === null) {
    return finishDelivery(deps.store.db, d.id, token, { at, url: d.url, status: "sent", ...result });
  }
  const delay = retryDelayMs(d.attempts, o.retry, o.random());
  const outcome =
    delay === null
      ? { status: "failed" as const }
      : { status: "pending" as const, nextAttemptAt: new Date(now.getTime() + delay).toISOString() };
  return finishDelivery(deps.store.db, d.id, token, { at, url: d.url, ...result, ...outcome });
}

/** Sends every delivery due at `now` that no other server holds; answers how many were attempted. */
export async function deliverDue(deps: Deps, now: Date, options: DeliveryOptions = {}): Promise<number> {
  const o = { ...defaults, ...options };
  let attempted = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
    const token = randomUUID();
    const claimed = await claimDeliveries(deps.store, {
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + o.leaseMs).toISOString(),
      token,
      limit: o.batchSize,
    });
    if (claimed.length === 0) break;
    await Promise.all(claimed.map((d) => attempt(deps, d, token, now, o)));
    attempted += claimed.length;
  }
  return attempted;
}

/** The job the scheduler runs. */
export function webhookDeliveryJob(deps: Deps, options: DeliveryOptions = {}): Job {
  return {
    name: "webhook-deliveries",
    run: async (now) => {
      await deliverDue(deps, now, options);
    },
    queueDepth: () => pendingDeliveries(deps.store.db),
  };
}
