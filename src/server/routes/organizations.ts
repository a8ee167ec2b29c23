import {
  organization,
  organizationCreate,
  organizationListQuery,
  organizationUpdate,
} from "../../contract/organizations.js";
import type { Deps } from "../../services/context.js";
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  setOrganizationArchived,
  updateOrganization,
} from "../../services/organizations.js";
import type { Api } from "../api.js";
import { registerResource } from "../resource-routes.js";

export function organizationRoutes(api: Api, deps: Deps) {
  registerResource(api, {
    path: "/organizations",
    tag: "organizations",
    noun: "organization",
    schemas: {
      item: organization,
      create: organizationCreate,
      update: organizationUpdate,
      listQuery: organizationListQuery,
    },
    list: (actor, query) => listOrganizations(deps, actor, query),
    create: (actor, body) => createOrganization(deps, actor, body),
    get: (actor, id) => getOrganization(deps, actor, id),
    update: (actor, id, body, version) => updateOrganization(deps, actor, id, body, version),
    setArchived: (actor, id, archived, version) =>
      setOrganizationArchived(deps, actor, id, archived, version),
  });
}
