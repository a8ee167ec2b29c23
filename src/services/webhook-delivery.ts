// The webhook delivery job: claims due deliveries with a lease, POSTs each as a Standard Webhooks
// message, and records the outcome, retrying failures with exponential backoff up to a bound.
// A receiver may see a message again only if a server died mid-send (after its lease ran out);
// `webhook-id` stays the same across attempts so that it can tell.
import { randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
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
import { insideTarget, publicLookup } from "./webhook-targets.js";

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

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // A refused address says which; a network failure is known by its code (ECONNREFUSED…).
  return code && code !== "EINSIDE" ? code : message;
}

/** POSTs the message, never following a redirect and never to an inside address unless allowed. */
function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  allowInside: boolean,
): Promise<Attempt> {
  const refused = allowInside ? null : insideTarget(url);
  if (refused) return Promise.resolve({ responseStatus: null, error: refused });
  const target = new URL(url);
  const signal = AbortSignal.timeout(timeoutMs);
  return new Promise((resolve) => {
    const request = (target.protocol === "https:" ? https : http).request(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "user-agent": "Rapport-Webhooks/1",
        },
        signal,
        ...(allowInside ? {} : { lookup: publicLookup }),
      },
      (response) => {
        // Only the status matters; a redirect is not followed (the owner registered this URL).
        const status = response.statusCode ?? 0;
        response.destroy();
        const ok = status >= 200 && status < 300;
        resolve({ responseStatus: status, error: ok ? null : `HTTP ${status}` });
      },
    );
    request.on("error", (error) =>
      resolve({
        responseStatus: null,
        error: signal.aborted ? `no answer within ${timeoutMs} ms` : describe(error),
      }),
    );
    request.end(body);
  });
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
  const headers = signedHeaders(d.secret, d.id, now, body);
  const result = await post(d.url, headers, body, o.timeoutMs, deps.insideWebhookTargets ?? false);
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
