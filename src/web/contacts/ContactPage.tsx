// One person: who they are and how to reach them, how the relationship is doing, what we know, what we did together,
// and what is open. The name is the page's heading.
import { Link, useParams } from "react-router";
import { ErrorState, Loading } from "../components/States";
import { usePageTitle } from "../components/usePageTitle";
import { useLogTouch } from "../touches/LogTouchProvider";
import { ContactDetails } from "./ContactDetails";
import { ContactOpenItems } from "./ContactOpenItems";
import { ContactSummary } from "./ContactSummary";
import { ContactTimeline } from "./ContactTimeline";
import { FactsSection } from "./FactsSection";
import { HealthCard, LedgerCard } from "./HealthLedger";
import { useContact } from "./queries";

export default function ContactPage() {
  const { id = "" } = useParams();
  const found = useContact(id);
  const logTouch = useLogTouch();
  const contact = found.data?.contact;
  usePageTitle(contact?.name ?? "Contact");

  if (found.isPending) return <Loading label="Loading contact…" />;
  if (found.isError || !found.data || !contact) {
    return (
      <>
        <h1>Contact</h1>
        <ErrorState error={found.error} retry={() => void found.refetch()} />
      </>
    );
  }
  return (
    <>
      <header className="page-header">
        <h1>{contact.name}</h1>
        <div className="row no-print">
          <button
            type="button"
            className="button-primary"
            onClick={() => logTouch({ contactId: id, contactName: contact.name })}
          >
            Log a touch
          </button>
          <Link className="button" to={`/contacts/${id}/brief`}>
            Brief
          </Link>
          <Link className="button" to={`/compose?contactId=${encodeURIComponent(id)}`}>
            Compose
          </Link>
        </div>
      </header>
      <ContactSummary contact={contact} etag={found.data.etag} />
      <ContactDetails contact={contact} etag={found.data.etag} />
      <div className="grid contact-vitals section">
        <HealthCard contactId={id} />
        <LedgerCard contactId={id} />
      </div>
      <div className="contact-columns section">
        <div className="stack">
          <ContactOpenItems contactId={id} />
        </div>
        <div className="stack">
          <FactsSection contactId={id} />
          <ContactTimeline contactId={id} />
        </div>
      </div>
    </>
  );
}
