import { contract, contractCreate, contractListQuery, contractUpdate } from "../../contract/contracts.js";
import type { Deps } from "../../services/context.js";
import { forContact } from "../../services/contacts.js";
import {
  createContract,
  getContract,
  listContracts,
  setContractArchived,
  updateContract,
} from "../../services/contracts.js";
import type { Api } from "../api.js";
import { registerResource } from "../resource-routes.js";

const listForContact = forContact(listContracts);

export function contractsRoutes(api: Api, deps: Deps) {
  registerResource(api, {
    path: "/contracts",
    tag: "contracts",
    noun: "contract",
    schemas: { item: contract, create: contractCreate, update: contractUpdate, listQuery: contractListQuery },
    list: (actor, query) => listContracts(deps, actor, query),
    create: (actor, body) => createContract(deps, actor, body),
    get: (actor, id) => getContract(deps, actor, id),
    update: (actor, id, body, version) => updateContract(deps, actor, id, body, version),
    setArchived: (actor, id, archived, version) => setContractArchived(deps, actor, id, archived, version),
    byContact: (actor, contactId, query) => listForContact(deps, actor, contactId, query),
  });
}
