// The call brief (P6): everything worth knowing before a call, on one sheet that reads on screen
// and prints cleanly.
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { api, unwrap } from "../api/client";
import type { components } from "../api/schema";
import { ErrorState, Loading } from "../components/States";
import { usePageTitle } from "../components/usePageTitle";
import { words } from "../format";
import { BriefSections } from "./BriefSections";

export type Brief = components["schemas"]["Brief"];

export default function BriefPage() {
  const { id = "" } = useParams();
  const brief = useQuery({
    queryKey: ["brief", id],
    queryFn: async ({ signal }) => {
      const answer = unwrap(
        await api.GET("/api/v1/contacts/{id}/brief", { params: { path: { id } }, signal }),
      );
      // Asked for JSON; the markdown sheet is for other clients.
      if (typeof answer === "string") throw new Error("The brief came back as text instead of JSON.");
      return answer;
    },
  });
  usePageTitle(brief.data ? `Brief: ${brief.data.contact.name}` : "Brief");

  if (brief.isPending) return <Loading label="Preparing the brief…" />;
  if (brief.isError) return <ErrorState error={brief.error} retry={() => void brief.refetch()} />;
  const { contact } = brief.data;
  const about = [contact.title, contact.organization, words(contact.stage)].filter(Boolean).join(" · ");

  return (
    <article className="brief">
      <header className="page-header">
        <div>
          <h1>Brief: {contact.name}</h1>
          <p className="muted">{about}</p>
        </div>
        <div className="row no-print">
          <Link className="button" to={`/contacts/${contact.id}`}>
            Contact page
          </Link>
          <Link className="button" to={`/compose?contactId=${contact.id}`}>
            Compose
          </Link>
          <button type="button" className="button-primary" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </header>
      <BriefSections brief={brief.data} />
    </article>
  );
}
