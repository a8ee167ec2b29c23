// Who the contact is, their stage (changeable), and archive/restore. Writes carry the ETag the
// contact was read at, so someone else's change in between is refused instead of overwritten.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { Select } from "../components/Field";
import { FormError } from "../components/States";
import { optionsOf, stageLabels, type Stage } from "../components/vocabulary";
import { formatInstant } from "../format";
import { useMe } from "../session";
import { agendaKey, contactKeys, useMembers, useOrganizationOptions, type Contact } from "./queries";

type Change = { stage: Stage } | { archived: boolean };

function useContactWrite(contact: Contact, etag: string | undefined) {
  const client = useQueryClient();
  const path = { id: contact.id };
  const headers = etag ? { "If-Match": etag } : undefined;
  return useMutation({
    mutationFn: async (change: Change) => {
      const result =
        "stage" in change
          ? await api.PATCH("/api/v1/contacts/{id}", { params: { path }, body: change, headers })
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

export function ContactSummary({ contact, etag }: { contact: Contact; etag: string | undefined }) {
  const me = useMe();
  const write = useContactWrite(contact, etag);
  const organization = useOrganizationOptions().data?.find((o) => o.id === contact.organizationId);
  const owner = useMembers().data?.find((m) => m.id === contact.ownerId);
  const problem = write.error instanceof ApiProblem ? write.error : undefined;
  const details = [
    contact.title,
    ...contact.emails,
    ...contact.phones,
    owner ? `Owner: ${owner.name}` : null,
    ...contact.tags.map((t) => `#${t}`),
  ].filter(Boolean);

  return (
    <section className="card contact-summary" aria-label="Summary">
      {contact.archivedAt ? (
        <p className="warning" role="status">
          Archived on {formatInstant(contact.archivedAt, me.user.timeZone, { dateStyle: "medium" })}. It is
          off the agenda until restored.
        </p>
      ) : null}
      {organization ? (
        <p>
          <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>
        </p>
      ) : null}
      {details.length > 0 ? <p className="muted">{details.join(" · ")}</p> : null}
      <div className="row contact-summary-actions">
        <div className="stage-select">
          <Select
            label="Stage"
            options={optionsOf(stageLabels)}
            value={contact.stage}
            disabled={write.isPending}
            onChange={(e) => write.mutate({ stage: e.target.value as Stage })}
            error={problem?.forField("stage")}
          />
        </div>
        <button
          type="button"
          className={contact.archivedAt ? "" : "button-danger"}
          disabled={write.isPending}
          onClick={() => write.mutate({ archived: !contact.archivedAt })}
        >
          {contact.archivedAt ? "Restore contact" : "Archive contact"}
        </button>
      </div>
      <FormError error={write.error} />
    </section>
  );
}
