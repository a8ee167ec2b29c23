// The contact list's filters live in the URL, so reload, back and a shared link show the same list.
import type { Stage } from "../components/vocabulary";
import type { ContactListQuery } from "./queries";

/** The API query the URL asks for (unknown values are left to the API to refuse). */
export function filtersFrom(params: URLSearchParams): ContactListQuery {
  const pick = (key: string) => params.get(key)?.trim() || undefined;
  const query: ContactListQuery = {};
  for (const key of ["q", "tag", "ownerId", "organizationId", "sort"] as const) {
    const value = pick(key);
    if (value) query[key] = value;
  }
  const stage = pick("stage");
  if (stage) query.stage = stage as Stage;
  return query;
}
