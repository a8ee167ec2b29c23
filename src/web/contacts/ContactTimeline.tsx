// Every touch with this contact, newest first, at the time it happened in the user's time zone.
import { channelLabels, directionLabels, intentBadge, stepLabels } from "../components/vocabulary";
import { formatInstant, words } from "../format";
import { useMe } from "../session";
import { PartSection } from "./PartSection";
import { useContactList } from "./queries";

export function ContactTimeline({ contactId }: { contactId: string }) {
  const { timeZone } = useMe().user;
  const touches = useContactList(contactId, "touches", { sort: "-occurredAt" });
  return (
    <PartSection title="Timeline" query={touches} empty="No touches yet. Log the first one.">
      {(items) => (
        <ol className="list timeline">
          {items.map((t) => (
            <li key={t.id}>
              <div className="row">
                <time dateTime={t.occurredAt} className="small">
                  {formatInstant(t.occurredAt, timeZone)}
                </time>
                <span className={intentBadge(t.intent)}>{words(t.intent)}</span>
                <span className="small muted">
                  {channelLabels[t.channel]} · {directionLabels[t.direction].toLowerCase()}
                </span>
              </div>
              {t.notes ? <p className="touch-notes">{t.notes}</p> : null}
              {t.steps.length > 0 ? (
                <p className="small muted">Steps: {t.steps.map((s) => stepLabels[s]).join(" → ")}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </PartSection>
  );
}
