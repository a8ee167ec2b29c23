// Personal API tokens for scripts and the command line: the secret is shown once, right after
// creating it, and never again (the server keeps only its hash).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { CopyButton } from "../components/CopyButton";
import { Field } from "../components/Field";
import { Empty, ErrorState, FormError, Loading } from "../components/States";
import { formatInstant } from "../format";
import { useMe } from "../session";

const tokensKey = ["tokens"] as const;

export function TokenSettings() {
  const me = useMe();
  const client = useQueryClient();
  const [name, setName] = useState("");
  const tokens = useQuery({
    queryKey: tokensKey,
    queryFn: async ({ signal }) => unwrap(await api.GET("/api/v1/tokens", { signal })),
  });
  const create = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST("/api/v1/tokens", { body: { name: name.trim() || "API token" } })),
    onSuccess: () => {
      setName("");
      return client.invalidateQueries({ queryKey: tokensKey });
    },
  });
  const revoke = useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.DELETE("/api/v1/tokens/{id}", { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
  const problem = create.error instanceof ApiProblem ? create.error : undefined;
  const when = (iso: string) => formatInstant(iso, me.user.timeZone);
  const active = tokens.data?.items.filter((t) => !t.revokedAt) ?? [];

  return (
    <section className="card stack" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Field
          label="Token name"
          value={name}
          placeholder="e.g. Laptop scripts"
          onChange={(event) => setName(event.target.value)}
          error={problem?.forField("name")}
        />
        <FormError error={create.error} />
        <div>
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create token"}
          </button>
        </div>
      </form>
      {create.data ? (
        <div className="secret stack" role="status">
          <p className="small">
            Your new token “{create.data.name}”. Copy it now: it will not be shown again.
          </p>
          <code className="secret-value">{create.data.token}</code>
          <div className="row">
            <CopyButton value={create.data.token} label="Copy token" />
            <button type="button" className="button-quiet" onClick={() => create.reset()}>
              Done
            </button>
          </div>
        </div>
      ) : null}
      {tokens.isPending ? (
        <Loading label="Loading tokens…" />
      ) : tokens.isError ? (
        <ErrorState error={tokens.error} retry={() => void tokens.refetch()} />
      ) : active.length === 0 ? (
        <Empty title="No tokens">
          <p>
            Create one to use Rapport's API from a script: send it as <code>Authorization: Bearer …</code>.
          </p>
        </Empty>
      ) : (
        <ul className="list">
          {active.map((t) => (
            <li key={t.id} className="row token">
              <span className="token-name">{t.name}</span>
              <span className="muted small">
                Created {when(t.createdAt)}
                {t.lastUsedAt ? `, last used ${when(t.lastUsedAt)}` : ", never used"}
              </span>
              <button
                type="button"
                className="button-danger"
                aria-label={`Revoke ${t.name}`}
                disabled={revoke.isPending && revoke.variables === t.id}
                onClick={() => revoke.mutate(t.id)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError error={revoke.error} />
    </section>
  );
}
