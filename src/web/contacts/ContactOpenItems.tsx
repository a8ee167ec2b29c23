// What is open with this contact: personal matters to ask about, follow-ups due, deals with their
// concerns, and contracts that renew or end.
import { formatDate, words } from "../format";
import { PartSection } from "./PartSection";
import { useContactList } from "./queries";

function Matters({ contactId }: { contactId: string }) {
  const matters = useContactList(contactId, "matters", { status: "open" });
  return (
    <PartSection title="Open matters" query={matters} empty="No open personal matters.">
      {(items) => (
        <ul className="list">
          {items.map((m) => (
            <li key={m.id}>
              <p>{m.summary}</p>
              <p className="small muted">
                {words(m.kind)}
                {m.eventOn ? ` · on ${formatDate(m.eventOn)}` : ""}
                {m.followUpOn ? ` · ask about it ${formatDate(m.followUpOn)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </PartSection>
  );
}

function FollowUps({ contactId }: { contactId: string }) {
  const followUps = useContactList(contactId, "follow-ups", { status: "open" });
  return (
    <PartSection title="Follow-ups" query={followUps} empty="Nothing scheduled.">
      {(items) => (
        <ul className="list">
          {items.map((f) => (
            <li key={f.id}>
              <p>
                <strong>{words(f.reasonKind)}</strong> · due {formatDate(f.dueOn)}
              </p>
              {f.detail ? <p className="small muted">{f.detail}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </PartSection>
  );
}

function Deals({ contactId }: { contactId: string }) {
  const deals = useContactList(contactId, "deals");
  return (
    <PartSection title="Deals" query={deals} empty="No deals.">
      {(items) => (
        <ul className="list">
          {items.map((d) => {
            const open = d.concerns.filter((c) => c.status === "open");
            return (
              <li key={d.id}>
                <p>
                  <strong>{d.title}</strong> <span className="badge">{words(d.stage)}</span>
                </p>
                {d.decisionOn ? (
                  <p className="small">Decision agreed for {formatDate(d.decisionOn)}</p>
                ) : null}
                {open.length > 0 ? (
                  <>
                    <p className="small muted">Open concerns:</p>
                    <ul className="small">
                      {open.map((c) => (
                        <li key={c.id}>{c.text}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </PartSection>
  );
}

function Contracts({ contactId }: { contactId: string }) {
  const contracts = useContactList(contactId, "contracts");
  return (
    <PartSection title="Contracts" query={contracts} empty="No contracts.">
      {(items) => (
        <ul className="list">
          {items.map((c) => (
            <li key={c.id}>
              <p>
                <strong>{c.title}</strong> <span className="badge">{c.status}</span>
              </p>
              <p className="small muted">
                {c.startsOn ? `${formatDate(c.startsOn)} – ` : "Until "}
                {formatDate(c.endsOn)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </PartSection>
  );
}

export function ContactOpenItems({ contactId }: { contactId: string }) {
  return (
    <>
      <Matters contactId={contactId} />
      <FollowUps contactId={contactId} />
      <Deals contactId={contactId} />
      <Contracts contactId={contactId} />
    </>
  );
}
