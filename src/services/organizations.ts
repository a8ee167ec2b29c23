import type {
  OrganizationCreate,
  OrganizationListQuery,
  OrganizationUpdate,
} from "../contract/organizations.js";
import type { Organization } from "../domain/model.js";
import { getRow, insertRow, listRows, updateRow, type Page } from "../store/crud.js";
import { organizationSpec } from "../store/organizations.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { archiving } from "./archiving.js";

export function createOrganization(
  deps: Deps,
  actor: Actor,
  input: OrganizationCreate,
): Promise<Organization> {
  return insertRow(deps.store.db, organizationSpec, actor.workspaceId, input, nowIso(deps));
}

export function getOrganization(deps: Deps, actor: Actor, id: string): Promise<Organization> {
  return getRow(deps.store.db, organizationSpec, actor.workspaceId, id);
}

export function updateOrganization(
  deps: Deps,
  actor: Actor,
  id: string,
  input: OrganizationUpdate,
  version?: number,
) {
  return updateRow(deps.store.db, organizationSpec, actor.workspaceId, id, input, nowIso(deps), version);
}

export const setOrganizationArchived = archiving(organizationSpec);

export function listOrganizations(
  deps: Deps,
  actor: Actor,
  query: OrganizationListQuery,
): Promise<Page<Organization>> {
  return listRows(deps.store.db, organizationSpec, actor.workspaceId, query);
}
