// Outbound webhooks (owners only): create answers the signing secret, once; the others are the
// usual read, list, update (If-Match) and delete.
import { idParams, pageOf } from "../../contract/common.js";
import {
  webhook,
  webhookCreate,
  webhookCreated,
  webhookListQuery,
  webhookUpdate,
} from "../../contract/webhooks.js";
import type { Deps } from "../../services/context.js";
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhooks,
  updateWebhook,
} from "../../services/webhooks.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";
import { expectedVersion, ifMatchHeaders, setEtag } from "../etag.js";

export function webhooksRoutes(api: Api, deps: Deps) {
  const tags = ["webhooks"];
  // Only owners may see webhooks, their secrets' existence and where they point.
  const ownersOnly = { problems: [403] as const };
  api.get(
    "/webhooks",
    {
      config: ownersOnly,
      schema: {
        tags,
        summary: "List webhooks",
        querystring: webhookListQuery,
        response: { 200: pageOf(webhook) },
      },
    },
    (req) => listWebhooks(deps, actorOf(req), req.query),
  );
  api.post(
    "/webhooks",
    {
      schema: {
        tags,
        summary:
          "Add a webhook: deliveries of these events go to this URL, signed with the secret answered once",
        body: webhookCreate,
        response: { 201: webhookCreated },
      },
    },
    async (req, reply) => {
      const { id, secret, webhook: saved } = await createWebhook(deps, actorOf(req), req.body);
      setEtag(reply, saved.version);
      void reply.header("location", `/api/v1/webhooks/${id}`);
      return reply.status(201).send({ id, secret });
    },
  );
  api.get(
    "/webhooks/:id",
    {
      config: ownersOnly,
      schema: { tags, summary: "Read a webhook", params: idParams, response: { 200: webhook } },
    },
    async (req, reply) => {
      const found = await getWebhook(deps, actorOf(req), req.params.id);
      setEtag(reply, found.version);
      return found;
    },
  );
  api.patch(
    "/webhooks/:id",
    {
      schema: {
        tags,
        summary: "Change a webhook's URL or events (send If-Match with its ETag)",
        params: idParams,
        body: webhookUpdate,
        headers: ifMatchHeaders,
        response: { 200: webhook },
      },
    },
    async (req, reply) => {
      const saved = await updateWebhook(deps, actorOf(req), req.params.id, req.body, expectedVersion(req));
      setEtag(reply, saved.version);
      return saved;
    },
  );
  api.delete(
    "/webhooks/:id",
    {
      schema: {
        tags,
        summary: "Delete a webhook: nothing more is sent to it; the notification log keeps what was",
        params: idParams,
        headers: ifMatchHeaders,
        response: { 200: webhook },
      },
    },
    async (req, reply) => {
      const saved = await deleteWebhook(deps, actorOf(req), req.params.id, expectedVersion(req));
      setEtag(reply, saved.version);
      return saved;
    },
  );
}
