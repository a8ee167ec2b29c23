// After saving: the personal matters and facts read from the notes, each confirmed (saved through
// the API, linked to the touch) or rejected (forgotten) with one click.
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { api, unwrap } from "../api/client";
import type { components } from "../api/schema";
import { FormError } from "../components/States";
import { factKindLabels } from "../components/vocabulary";
import { useContactChanged } from "../contacts/queries";
import { formatDate, words } from "../format";

type Touch = components["schemas"]["Touch"];
type ProposedMatter = components["schemas"]["ProposedMatter"];
type ProposedFact = components["schemas"]["ProposedFact"];

export function TouchProposals({ touch, onDone }: { touch: Touch; onDone: () => void }) {
  const matters = touch.proposals?.matters ?? [];
  const facts = touch.proposals?.facts ?? [];
  const saved = touch.savedMatters ?? [];
  const nothing = matters.length + facts.length === 0;
  return (
    <div className="stack">
      <p role="status">Touch saved.{nothing ? " Nothing in the notes to follow up on." : ""}</p>
      {(touch.warnings ?? []).map((w) => (
        <p key={w.code} className="warning">
          {w.message}
        </p>
      ))}
      {saved.length > 0 ? (
        <p className="muted">Saved for follow-up: {saved.map((m) => m.summary).join("; ")}</p>
      ) : null}
      {nothing ? null : (
        <>
          <h3>Read from your notes</h3>
          <ul className="list">
            {matters.map((m) => (
              <Proposal key={`m${m.start}`} touch={touch} proposal={{ matter: m }} />
            ))}
            {facts.map((f) => (
              <Proposal key={`f${f.start}`} touch={touch} proposal={{ fact: f }} />
            ))}
          </ul>
        </>
      )}
      <div className="row">
        <button type="button" className="button-primary" autoFocus onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}

type Proposed = { matter: ProposedMatter; fact?: never } | { fact: ProposedFact; matter?: never };

function describe({ matter, fact }: Proposed): { what: string; text: string } {
  if (matter) {
    const on = matter.followUpOn ? `, ask about it on ${formatDate(matter.followUpOn)}` : "";
    const event = matter.eventOn ? ` (${formatDate(matter.eventOn)})` : "";
    return { what: `Personal matter · ${words(matter.kind)}`, text: `${matter.summary}${event}${on}` };
  }
  return { what: `Fact · ${factKindLabels[fact.kind]}`, text: fact.text };
}

function Proposal({ touch, proposal }: { touch: Touch; proposal: Proposed }) {
  const [outcome, setOutcome] = useState<"confirmed" | "rejected" | null>(null);
  const changed = useContactChanged();
  const textId = useId();
  const confirm = useMutation({
    mutationFn: async () => {
      const base = { contactId: touch.contactId, sourceTouchId: touch.id };
      const { matter, fact } = proposal;
      if (matter) {
        const { summary, kind, eventOn, followUpOn } = matter;
        return unwrap(
          await api.POST("/api/v1/matters", { body: { ...base, summary, kind, eventOn, followUpOn } }),
        );
      }
      return unwrap(await api.POST("/api/v1/facts", { body: { ...base, kind: fact.kind, text: fact.text } }));
    },
    onSuccess: () => {
      setOutcome("confirmed");
      void changed(touch.contactId);
    },
  });
  const { what, text } = describe(proposal);
  return (
    <li className="proposal">
      <p className="small muted">{what}</p>
      <p id={textId}>{text}</p>
      {outcome ? (
        <p className="small" role="status">
          {outcome === "confirmed" ? "Confirmed." : "Rejected."}
        </p>
      ) : (
        <div className="row">
          <button
            type="button"
            className="button-primary"
            aria-describedby={textId}
            disabled={confirm.isPending}
            onClick={() => confirm.mutate()}
          >
            Confirm
          </button>
          <button type="button" aria-describedby={textId} onClick={() => setOutcome("rejected")}>
            Reject
          </button>
        </div>
      )}
      <FormError error={confirm.error} />
    </li>
  );
}
