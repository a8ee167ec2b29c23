import { idParams } from "../../contract/common.js";
import {
  concern,
  concernCreate,
  concernParams,
  concernUpdate,
  deal,
  dealCreate,
  dealListQuery,
  dealUpdate,
} from "../../contract/deals.js";
import type { Deps } from "../../services/context.js";
import { forContact } from "../../services/contacts.js";
import {
  addConcern,
  changeConcern,
  createDeal,
  getDeal,
  listDeals,
  setDealArchived,
  updateDeal,
} from "../../services/deals.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";
import { registerResource } from "../resource-routes.js";

const listForContact = forContact(listDeals);

export function dealsRoutes(api: Api, deps: Deps) {
  registerResource(api, {
    path: "/deals",
    tag: "deals",
    noun: "deal",
    schemas: { item: deal, create: dealCreate, update: dealUpdate, listQuery: dealListQuery },
    list: (actor, query) => listDeals(deps, actor, query),
    create: (actor, body) => createDeal(deps, actor, body),
    get: (actor, id) => getDeal(deps, actor, id),
    update: (actor, id, body, version) => updateDeal(deps, actor, id, body, version),
    setArchived: (actor, id, archived, version) => setDealArchived(deps, actor, id, archived, version),
    byContact: (actor, contactId, query) => listForContact(deps, actor, contactId, query),
  });

  const tags = ["deals"];

  api.post(
    "/deals/:id/concerns",
    {
      schema: {
        tags,
        summary: "Record a concern the client raised",
        params: idParams,
        body: concernCreate,
        response: { 201: concern },
      },
    },
    async (req, reply) => {
      const saved = await addConcern(deps, actorOf(req), req.params.id, req.body);
      return reply.status(201).send(saved);
    },
  );
  api.patch(
    "/deals/:id/concerns/:concernId",
    {
      schema: {
        tags,
        summary: "Answer, acknowledge or reopen a concern (answering needs a response)",
        params: concernParams,
        body: concernUpdate,
        response: { 200: concern },
      },
    },
    (req) => changeConcern(deps, actorOf(req), req.params.id, req.params.concernId, req.body),
  );
}
