// Organizations: the companies contacts belong to, by name, with a quick add.
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { Field } from "../components/Field";
import { Empty, ErrorState, FormError, Loading } from "../components/States";
import { usePageTitle } from "../components/usePageTitle";

function AddOrganization() {
  const client = useQueryClient();
  const [name, setName] = useState("");
  const [website, setWebsite] = useState("");
  const add = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST("/api/v1/organizations", { body: { name, ...(website ? { website } : {}) } })),
    onSuccess: () => {
      setName("");
      setWebsite("");
      return client.invalidateQueries({ queryKey: ["organizations"] });
    },
  });
  const problem = add.error instanceof ApiProblem ? add.error : undefined;
  return (
    <form
      className="card stack"
      aria-label="Add an organization"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate();
      }}
    >
      <div className="form-grid">
        <Field
          label="Name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={problem?.forField("name")}
        />
        <Field
          label="Website"
          type="url"
          placeholder="https://"
          value={website}
          onChange={(e) => setWebsite(e.target.value)}
          error={problem?.forField("website")}
        />
      </div>
      <FormError error={add.error} />
      <div className="row">
        <button type="submit" className="button-primary" disabled={add.isPending}>
          Add organization
        </button>
      </div>
    </form>
  );
}

export default function OrganizationsPage() {
  usePageTitle("Organizations");
  const organizations = useInfiniteQuery({
    queryKey: ["organizations", "list"],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/organizations", {
          params: { query: pageParam ? { limit: 50, cursor: pageParam } : { limit: 50 } },
        }),
      ),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = organizations.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <header className="page-header">
        <h1>Organizations</h1>
        <Link to="/contacts">Contacts</Link>
      </header>
      <AddOrganization />
      <section className="section" aria-label="All organizations">
        {organizations.isPending ? <Loading /> : null}
        {organizations.isError ? (
          <ErrorState error={organizations.error} retry={() => void organizations.refetch()} />
        ) : null}
        {organizations.isSuccess && items.length === 0 ? (
          <Empty title="No organizations yet.">
            <p>Add the companies your contacts work for, then pick one when adding a contact.</p>
          </Empty>
        ) : null}
        <ul className="list">
          {items.map((o) => (
            <li key={o.id}>
              <Link to={`/organizations/${o.id}`}>{o.name}</Link>
              {o.website ? <span className="small muted"> · {o.website}</span> : null}
            </li>
          ))}
        </ul>
        {organizations.hasNextPage ? (
          <button type="button" onClick={() => void organizations.fetchNextPage()}>
            Show more
          </button>
        ) : null}
      </section>
    </>
  );
}
