import type { z } from "zod";
import { idParams } from "../../contract/common.js";
import {
  followUp,
  followUpCreate,
  followUpDismiss,
  followUpListQuery,
  followUpSnooze,
  followUpUpdate,
} from "../../contract/follow-ups.js";
import type { Actor, Deps } from "../../services/context.js";
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
import { expectedVersion, ifMatchHeaders, setEtag } from "../etag.js";
import { registerResource } from "../resource-routes.js";

const listForContact = forContact(listFollowUps);
type Saved = Awaited<ReturnType<typeof getFollowUp>>;

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

  // The three actions differ only in path, body and use case; each answers with the new ETag.
  const tags = ["follow-ups"];
  const response = { 200: followUp };
  const action = <Body extends z.ZodType>(
    path: string,
    summary: string,
    body: Body | undefined,
    run: (actor: Actor, id: string, body: z.output<Body>, version: number | undefined) => Promise<Saved>,
  ) =>
    api.post(
      `/follow-ups/:id/${path}`,
      {
        schema: { tags, summary, params: idParams, headers: ifMatchHeaders, ...(body && { body }), response },
      },
      async (req, reply) => {
        const input = req.body as z.output<Body>;
        const saved = await run(actorOf(req), req.params.id, input, expectedVersion(req));
        setEtag(reply, saved.version);
        return saved;
      },
    );

  action("complete", "Mark a follow-up done", undefined, (actor, id, _body, version) =>
    completeFollowUp(deps, actor, id, version),
  );
  action("snooze", "Put a follow-up aside until a later date", followUpSnooze, (actor, id, body, version) =>
    snoozeFollowUp(deps, actor, id, body.until, version),
  );
  action(
    "dismiss",
    "Close a follow-up without doing it, saying why",
    followUpDismiss,
    (actor, id, body, version) => dismissFollowUp(deps, actor, id, body.reason, version),
  );
}
