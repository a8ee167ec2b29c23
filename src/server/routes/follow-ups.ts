import { idParams } from "../../contract/common.js";
import {
  followUp,
  followUpCreate,
  followUpDismiss,
  followUpListQuery,
  followUpSnooze,
  followUpUpdate,
} from "../../contract/follow-ups.js";
import type { Deps } from "../../services/context.js";
import { forContact } from "../../services/contacts.js";
import {
  completeFollowUp,
  createFollowUp,
  dismissFollowUp,
  getFollowUp,
  listFollowUps,
  setFollowUpArchived,
  snoozeFollowUp,
  updateFollowUp,
} from "../../services/follow-ups.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";
import { expectedVersion, setEtag } from "../etag.js";
import { registerResource } from "../resource-routes.js";

const listForContact = forContact(listFollowUps);

export function followUpsRoutes(api: Api, deps: Deps) {
  registerResource(api, {
    path: "/follow-ups",
    tag: "follow-ups",
    noun: "follow-up",
    schemas: { item: followUp, create: followUpCreate, update: followUpUpdate, listQuery: followUpListQuery },
    list: (actor, query) => listFollowUps(deps, actor, query),
    create: (actor, body) => createFollowUp(deps, actor, body),
    get: (actor, id) => getFollowUp(deps, actor, id),
    update: (actor, id, body, version) => updateFollowUp(deps, actor, id, body, version),
    setArchived: (actor, id, archived, version) => setFollowUpArchived(deps, actor, id, archived, version),
    byContact: (actor, contactId, query) => listForContact(deps, actor, contactId, query),
  });

  const tags = ["follow-ups"];
  const response = { 200: followUp };

  api.post(
    "/follow-ups/:id/complete",
    { schema: { tags, summary: "Mark a follow-up done", params: idParams, response } },
    async (req, reply) => {
      const saved = await completeFollowUp(deps, actorOf(req), req.params.id, expectedVersion(req));
      setEtag(reply, saved.version);
      return saved;
    },
  );
  api.post(
    "/follow-ups/:id/snooze",
    {
      schema: {
        tags,
        summary: "Put a follow-up aside until a later date",
        params: idParams,
        body: followUpSnooze,
        response,
      },
    },
    async (req, reply) => {
      const saved = await snoozeFollowUp(
        deps,
        actorOf(req),
        req.params.id,
        req.body.until,
        expectedVersion(req),
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );
  api.post(
    "/follow-ups/:id/dismiss",
    {
      schema: {
        tags,
        summary: "Close a follow-up without doing it, saying why",
        params: idParams,
        body: followUpDismiss,
        response,
      },
    },
    async (req, reply) => {
      const saved = await dismissFollowUp(
        deps,
        actorOf(req),
        req.params.id,
        req.body.reason,
        expectedVersion(req),
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );
}
