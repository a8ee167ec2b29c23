import { fact, factCreate, factListQuery, factUpdate } from "../../contract/facts.js";
import { forContact } from "../../services/contacts.js";
import type { Deps } from "../../services/context.js";
import { createFact, getFact, listFacts, setFactArchived, updateFact } from "../../services/facts.js";
import type { Api } from "../api.js";
import { registerResource } from "../resource-routes.js";

const listContactFacts = forContact(listFacts);

export function factsRoutes(api: Api, deps: Deps) {
  registerResource(api, {
    path: "/facts",
    tag: "facts",
    noun: "fact",
    schemas: { item: fact, create: factCreate, update: factUpdate, listQuery: factListQuery },
    list: (actor, query) => listFacts(deps, actor, query),
    create: (actor, body) => createFact(deps, actor, body),
    get: (actor, id) => getFact(deps, actor, id),
    update: (actor, id, body, version) => updateFact(deps, actor, id, body, version),
    setArchived: (actor, id, archived, version) => setFactArchived(deps, actor, id, archived, version),
    byContact: (actor, contactId, query) => listContactFacts(deps, actor, contactId, query),
  });
}
