// Outbound webhooks, managed by workspace owners: the secret is made here and shown once; the
// delivery worker (webhook-delivery.ts) sends what the outbox queues for each endpoint.
import type { WebhookCreate, WebhookListQuery, WebhookUpdate } from "../contract/webhooks.js";
import type { Webhook } from "../domain/events.js";
import { forbidden } from "../errors.js";
import { getRow, insertRow, listRows, updateRow, type Page } from "../store/crud.js";
import { webhookSpec } from "../store/webhooks.js";
import { archiving } from "./archiving.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { newWebhookSecret } from "./webhook-signature.js";
import { checkWebhookTarget } from "./webhook-targets.js";

/** Webhooks send the workspace's data elsewhere: only owners see or change them. */
export function ensureOwner(actor: Actor): void {
  if (actor.role !== "owner") throw forbidden("Only workspace owners can manage webhooks");
}

export async function createWebhook(
  deps: Deps,
  actor: Actor,
  input: WebhookCreate,
): Promise<{ id: string; secret: string; webhook: Webhook }> {
  ensureOwner(actor);
  checkWebhookTarget(input.url, deps.insideWebhookTargets ?? false);
  const secret = newWebhookSecret();
  const webhook = await insertRow(
    deps.store.db,
    webhookSpec,
    actor.workspaceId,
    { ...input, secret },
    nowIso(deps),
  );
  return { id: webhook.id, secret, webhook };
}

export function getWebhook(deps: Deps, actor: Actor, id: string): Promise<Webhook> {
  ensureOwner(actor);
  return getRow(deps.store.db, webhookSpec, actor.workspaceId, id);
}

export function listWebhooks(deps: Deps, actor: Actor, query: WebhookListQuery): Promise<Page<Webhook>> {
  ensureOwner(actor);
  return listRows(deps.store.db, webhookSpec, actor.workspaceId, query);
}

export function updateWebhook(
  deps: Deps,
  actor: Actor,
  id: string,
  input: WebhookUpdate,
  expectedVersion?: number,
): Promise<Webhook> {
  ensureOwner(actor);
  if (input.url !== undefined) checkWebhookTarget(input.url, deps.insideWebhookTargets ?? false);
  return updateRow(deps.store.db, webhookSpec, actor.workspaceId, id, input, nowIso(deps), expectedVersion);
}

const archivingWebhook = archiving(webhookSpec);

/** Deletes a webhook: no more deliveries, those still pending fail; the log keeps what was sent. */
export function deleteWebhook(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion?: number,
): Promise<Webhook> {
  ensureOwner(actor);
  return archivingWebhook(deps, actor, id, true, expectedVersion);
}
