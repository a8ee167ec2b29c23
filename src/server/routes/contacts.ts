import { contact, contactCreate, contactListQuery, contactUpdate } from "../../contract/contacts.js";
import type { Deps } from "../../services/context.js";
import {
  createContact,
  getContact,
  listContacts,
  setContactArchived,
  updateContact,
} from "../../services/contacts.js";
import type { Api } from "../api.js";
import { bodyLimits } from "../bodies.js";
import { registerResource } from "../resource-routes.js";

export function contactRoutes(api: Api, deps: Deps) {
  registerResource(api, {
    path: "/contacts",
    tag: "contacts",
    noun: "contact",
    bodyLimit: bodyLimits.contact,
    schemas: { item: contact, create: contactCreate, update: contactUpdate, listQuery: contactListQuery },
    list: (actor, query) => listContacts(deps, actor, query),
    create: (actor, body) => createContact(deps, actor, body),
    get: (actor, id) => getContact(deps, actor, id),
    update: (actor, id, body, version) => updateContact(deps, actor, id, body, version),
    setArchived: (actor, id, archived, version) => setContactArchived(deps, actor, id, archived, version),
  });
}
