// Changes to the contact itself (fields, archive, restore). Writes carry the ETag the contact was
// read at, so someone else's change in between is refused instead of overwritten.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import type { paths } from "../api/schema";
import { agendaKey, contactKeys, type Contact } from "./queries";

export type ContactUpdate = NonNullable<
  paths["/api/v1/contacts/{id}"]["patch"]["requestBody"]
>["content"]["application/json"];

export type ContactChange = { update: ContactUpdate } | { archived: boolean };

export function useContactWrite(contact: Contact, etag: string | undefined) {
  const client = useQueryClient();
  const path = { id: contact.id };
  const headers = etag ? { "If-Match": etag } : undefined;
  return useMutation({
    mutationFn: async (change: ContactChange) => {
      const result =
        "update" in change
          ? await api.PATCH("/api/v1/contacts/{id}", { params: { path }, body: change.update, headers })
          : change.archived
            ? await api.DELETE("/api/v1/contacts/{id}", { params: { path }, headers })
            : await api.POST("/api/v1/contacts/{id}/restore", { params: { path }, headers });
      return { contact: unwrap(result), etag: result.response.headers.get("etag") ?? undefined };
    },
    onSuccess: (saved) => {
      client.setQueryData(contactKeys.one(contact.id), saved);
      return Promise.all([
        client.invalidateQueries({ queryKey: contactKeys.one(contact.id) }),
        client.invalidateQueries({ queryKey: contactKeys.lists }),
        client.invalidateQueries({ queryKey: agendaKey }),
      ]);
    },
    // A stale ETag (412): show the message and read the contact again.
    onError: (error) =>
      error instanceof ApiProblem && error.status === 412
        ? client.invalidateQueries({ queryKey: contactKeys.one(contact.id) })
        : undefined,
  });
}
