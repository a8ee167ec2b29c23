// One deal on the board: what it is, who it is with, what still worries them, and how to move it.
import { useId } from "react";
import { Link } from "react-router";
import { useContact } from "../contacts/queries";
import { formatDate } from "../format";
import { formatAmount } from "./amounts";
import { MoveDeal } from "./MoveDeal";
import { openConcerns, type Deal } from "./stages";

export function DealCard({ deal, onMoved }: { deal: Deal; onMoved: (deal: Deal) => void }) {
  const titleId = useId();
  const concerns = openConcerns(deal);
  return (
    <article className="card deal-card stack" aria-labelledby={titleId}>
      <h4 id={titleId}>{deal.title}</h4>
      <ContactLink contactId={deal.contactId} />
      {deal.amount !== null && deal.currency !== null ? (
        <p className="small">Worth {formatAmount(deal.amount, deal.currency)}</p>
      ) : null}
      {deal.needs ? <p className="small">Needs: {deal.needs}</p> : null}
      {deal.decisionOn ? <p className="small">Decision agreed for {formatDate(deal.decisionOn)}</p> : null}
      {concerns.length > 0 ? (
        <div>
          <p className="small deal-concerns-title">Open concerns</p>
          <ul className="small deal-concerns">
            {concerns.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="small muted">No open concerns</p>
      )}
      <MoveDeal key={deal.stage} deal={deal} onMoved={onMoved} />
    </article>
  );
}

function ContactLink({ contactId }: { contactId: string }) {
  const contact = useContact(contactId);
  return (
    <p className="small">
      With <Link to={`/contacts/${contactId}`}>{contact.data?.contact.name ?? "this contact"}</Link>
    </p>
  );
}
