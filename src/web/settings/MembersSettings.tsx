// Who is in the workspace, and (for owners) a join link to invite someone: shown once, to copy.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { CopyButton } from "../components/CopyButton";
import { Field, Select } from "../components/Field";
import { ErrorState, FormError, Loading } from "../components/States";
import { useMembers } from "../contacts/queries";
import { formatInstant } from "../format";
import { useMe } from "../session";

const roles = [
  { value: "member", label: "Member" },
  { value: "owner", label: "Owner" },
];

export function MembersSettings() {
  const me = useMe();
  // One cache entry with the contact pages, which read the same list.
  const members = useMembers();
  return (
    <section className="card stack" aria-labelledby="members-heading">
      <h2 id="members-heading">Members and invites</h2>
      {members.isPending ? (
        <Loading label="Loading members…" />
      ) : members.isError ? (
        <ErrorState error={members.error} retry={() => void members.refetch()} />
      ) : (
        <ul className="list">
          {members.data.map((m) => (
            <li key={m.id} className="row member">
              <span>
                {m.name} {m.id === me.user.id ? <span className="muted small">(you)</span> : null}
              </span>
              <span className="muted small">{m.email}</span>
              <span className="badge">{m.role}</span>
            </li>
          ))}
        </ul>
      )}
      {me.role === "owner" ? <Invite /> : <p className="small muted">Owners invite new members.</p>}
    </section>
  );
}

function Invite() {
  const me = useMe();
  const client = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"member" | "owner">("member");
  const invite = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST("/api/v1/invites", {
          body: { role, ...(email.trim() ? { email: email.trim() } : {}) },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ["members"] }),
  });
  const problem = invite.error instanceof ApiProblem ? invite.error : undefined;
  return (
    <form
      className="stack"
      aria-labelledby="invite-heading"
      onSubmit={(event) => {
        event.preventDefault();
        invite.mutate();
      }}
    >
      <h3 id="invite-heading">Invite someone</h3>
      <div className="grid settings-grid">
        <Field
          label="Their email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={problem?.forField("email")}
          hint="Optional: the link then works only for this address."
        />
        <Select
          label="Role"
          value={role}
          options={roles}
          onChange={(event) => setRole(event.target.value as "member" | "owner")}
        />
      </div>
      <FormError error={invite.error} />
      <div>
        <button type="submit" disabled={invite.isPending}>
          {invite.isPending ? "Creating…" : "Create join link"}
        </button>
      </div>
      {invite.data ? (
        <div className="secret stack" role="status">
          <p className="small">
            Send this link to them yourself; it works once, until{" "}
            {formatInstant(invite.data.expiresAt, me.user.timeZone)}.
          </p>
          <code className="secret-value">{invite.data.url}</code>
          <div className="row">
            <CopyButton value={invite.data.url} label="Copy link" />
          </div>
        </div>
      ) : null}
    </form>
  );
}
