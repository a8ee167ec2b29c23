// One organization and the contacts who work there.
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { api, unwrap } from "../api/client";
import { Empty, ErrorState, Loading } from "../components/States";
import { usePageTitle } from "../components/usePageTitle";
import { stageLabels } from "../components/vocabulary";
import { contactKeys } from "../contacts/queries";

export default function OrganizationPage() {
  const { id = "" } = useParams();
  const organization = useQuery({
    queryKey: ["organizations", id],
    queryFn: async () => unwrap(await api.GET("/api/v1/organizations/{id}", { params: { path: { id } } })),
  });
  const query = { organizationId: id, limit: 200 };
  const contacts = useQuery({
    queryKey: [...contactKeys.lists, "organization", id],
    queryFn: async () => unwrap(await api.GET("/api/v1/contacts", { params: { query } })).items,
  });
  usePageTitle(organization.data?.name ?? "Organization");

  if (organization.isPending) return <Loading />;
  if (organization.isError) {
    return (
      <>
        <h1>Organization</h1>
        <ErrorState error={organization.error} retry={() => void organization.refetch()} />
      </>
    );
  }
  const org = organization.data;
  return (
    <>
      <header className="page-header">
        <h1>{org.name}</h1>
        <Link to="/organizations">All organizations</Link>
      </header>
      {org.website ? (
        <p>
          <a href={org.website} rel="noreferrer noopener" target="_blank">
            {org.website}
          </a>
        </p>
      ) : null}
      {org.notes ? <p className="touch-notes">{org.notes}</p> : null}
      <section className="card section" aria-label="People">
        <h2>People</h2>
        {contacts.isPending ? <Loading /> : null}
        {contacts.isError ? (
          <ErrorState error={contacts.error} retry={() => void contacts.refetch()} />
        ) : null}
        {contacts.data?.length === 0 ? (
          <Empty title="Nobody here yet.">
            <p>
              Pick this organization when you <Link to="/contacts">add a contact</Link>.
            </p>
          </Empty>
        ) : null}
        <ul className="list">
          {contacts.data?.map((c) => (
            <li key={c.id}>
              <Link to={`/contacts/${c.id}`}>{c.name}</Link>
              <span className="small muted"> · {stageLabels[c.stage]}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
