// The contact's server state, one TanStack Query key per resource. Every key of one contact starts
// with ["contacts", id], so a touch or a confirmed matter invalidates the whole contact page at once.
import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import type { components, paths } from "../api/schema";

export type Contact = components["schemas"]["Contact"];
export type ContactListQuery = NonNullable<paths["/api/v1/contacts"]["get"]["parameters"]["query"]>;

export const contactKeys = {
  lists: ["contacts", "list"] as const,
  list: (query: ContactListQuery) => ["contacts", "list", query] as const,
  one: (id: string) => ["contacts", id] as const,
  part: (id: string, part: string) => ["contacts", id, part] as const,
};

export const agendaKey = ["agenda"] as const;

/** A contact with the ETag it was read at, for the If-Match of the next write. */
export function useContact(id: string | undefined) {
  return useQuery({
    queryKey: contactKeys.one(id ?? ""),
    queryFn:
      id === undefined
        ? skipToken
        : async () => {
            const result = await api.GET("/api/v1/contacts/{id}", { params: { path: { id } } });
            return { contact: unwrap(result), etag: result.response.headers.get("etag") ?? undefined };
          },
  });
}

export function useMembers() {
  return useQuery({
    queryKey: ["members"],
    queryFn: async () => unwrap(await api.GET("/api/v1/members")).items,
    staleTime: 5 * 60_000,
  });
}

/** All organizations for pickers and filters (a workspace has few; the first 200 by name). */
export function useOrganizationOptions() {
  return useQuery({
    queryKey: ["organizations", "options"],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/organizations", { params: { query: { limit: 200 } } })).items,
  });
}

/** After a touch, a matter or a fact: the contact's page, its lists and the agenda change. */
export function useContactChanged() {
  const client = useQueryClient();
  return (contactId: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: contactKeys.one(contactId) }),
      client.invalidateQueries({ queryKey: contactKeys.lists }),
      client.invalidateQueries({ queryKey: agendaKey }),
    ]);
}

const lists = {
  touches: "/api/v1/contacts/{id}/touches",
  facts: "/api/v1/contacts/{id}/facts",
  matters: "/api/v1/contacts/{id}/matters",
  "follow-ups": "/api/v1/contacts/{id}/follow-ups",
  deals: "/api/v1/contacts/{id}/deals",
  contracts: "/api/v1/contacts/{id}/contracts",
} as const;
type Lists = typeof lists;
type ListQuery<P extends keyof Lists> = NonNullable<paths[Lists[P]]["get"]["parameters"]["query"]>;
type ListItem<P extends keyof Lists> =
  paths[Lists[P]]["get"]["responses"][200]["content"]["application/json"]["items"][number];

/** One of the contact's lists (the first 200: a page shows a person, not a report). */
export function useContactList<P extends keyof Lists>(id: string, part: P, query: ListQuery<P> = {}) {
  return useQuery({
    queryKey: [...contactKeys.part(id, part), query],
    queryFn: async (): Promise<ListItem<P>[]> => {
      const params = { path: { id }, query: { limit: 200, ...query } };
      // The six paths share one shape; TypeScript cannot pick the overload from a union of paths.
      type Answer = { data?: { items: ListItem<P>[] }; error?: unknown; response: Response };
      const get = api.GET as unknown as (path: string, init: { params: typeof params }) => Promise<Answer>;
      return unwrap(await get(lists[part], { params })).items;
    },
  });
}
