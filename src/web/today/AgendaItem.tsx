// One person to talk to: why now, how to open, what to give, what to ask about, and what to do.
import { useId } from "react";
import { Link } from "react-router";
import type { components } from "../api/schema";
import { channelLabels, intentBadge } from "../components/vocabulary";
import { formatDate, plural, words } from "../format";
import { useLogTouch } from "../touches/LogTouchProvider";
import { AgendaItemActions } from "./AgendaItemActions";

export type AgendaItemData = components["schemas"]["AgendaItem"];

export function AgendaItem({ item, date }: { item: AgendaItemData; date: string }) {
  const headingId = useId();
  const logTouch = useLogTouch();
  const { suggested } = item;
  return (
    <article className="card agenda-item" aria-labelledby={headingId}>
      <header className="agenda-item-header">
        <h2 id={headingId}>
          <Link to={`/contacts/${item.contactId}`}>{item.contactName}</Link>
        </h2>
        <span className={intentBadge(suggested.intent)}>{words(suggested.intent)}</span>
        {item.overdueDays > 0 ? (
          <span className="badge badge-warn">{plural(item.overdueDays, "day")} overdue</span>
        ) : null}
      </header>
      <p>{item.why}</p>
      <ul className="agenda-reasons small">
        {item.reasons.map((r) => (
          <li key={`${r.kind}${r.dueOn}${r.refId ?? ""}`}>
            <strong>{words(r.kind)}</strong>: {r.detail}{" "}
            <span className="muted">(due {formatDate(r.dueOn)})</span>
          </li>
        ))}
      </ul>
      <div className="agenda-suggestion">
        <p className="small muted">Suggested: {channelLabels[suggested.channel].toLowerCase()}</p>
        <blockquote className="opener">{suggested.opener}</blockquote>
        {suggested.idea ? (
          <p>
            <strong>Give idea:</strong> {suggested.idea}
          </p>
        ) : null}
        {item.alsoAsk && item.alsoAsk.length > 0 ? (
          <div>
            <strong>Also ask about:</strong>
            <ul>
              {item.alsoAsk.map((m) => (
                <li key={m.matterId}>{m.summary}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div className="row agenda-item-actions">
        <button
          type="button"
          className="button-primary"
          onClick={() =>
            logTouch({
              contactId: item.contactId,
              contactName: item.contactName,
              channel: suggested.channel,
              intent: suggested.intent,
            })
          }
        >
          Log touch
        </button>
        <Link className="button" to={`/contacts/${item.contactId}/brief`}>
          Brief
        </Link>
        <AgendaItemActions item={item} date={date} />
      </div>
    </article>
  );
}
