import {
  extractBody,
  matter,
  matterCreate,
  matterListQuery,
  matterUpdate,
  proposals,
} from "../../contract/matters.js";
import { forContact } from "../../services/contacts.js";
import type { Deps } from "../../services/context.js";
import {
  createMatter,
  extractProposals,
  getMatter,
  listMatters,
  setMatterArchived,
  updateMatter,
} from "../../services/matters.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";
import { registerResource } from "../resource-routes.js";

const listContactMatters = forContact(listMatters);

export function mattersRoutes(api: Api, deps: Deps) {
  api.post(
    "/matters/extract",
    {
      schema: {
        tags: ["matters"],
        summary: "Read personal matters and facts from notes, without saving them",
        body: extractBody,
        response: { 200: proposals },
      },
    },
    (req) => extractProposals(deps, actorOf(req), req.body),
  );
  registerResource(api, {
    path: "/matters",
    tag: "matters",
    noun: "matter",
    schemas: { item: matter, create: matterCreate, update: matterUpdate, listQuery: matterListQuery },
    list: (actor, query) => listMatters(deps, actor, query),
    create: (actor, body) => createMatter(deps, actor, body),
    get: (actor, id) => getMatter(deps, actor, id),
    update: (actor, id, body, version) => updateMatter(deps, actor, id, body, version),
    setArchived: (actor, id, archived, version) => setMatterArchived(deps, actor, id, archived, version),
    byContact: (actor, contactId, query) => listContactMatters(deps, actor, contactId, query),
  });
}
