import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";

/** One contact by id, cached a while: for showing a name next to something that only has the id. */
export function useContact(id: string, enabled = true) {
  return useQuery({
    queryKey: ["contact-by-id", id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET("/api/v1/contacts/{id}", { params: { path: { id } }, signal })),
    enabled: enabled && id !== "",
    staleTime: 5 * 60_000,
  });
}
