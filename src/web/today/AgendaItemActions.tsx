// Snooze an item to a later day, or dismiss it with a reason: every reason merged into the item is
// acted on at once, so it does not come back under another of them.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { Field } from "../components/Field";
import { FormError } from "../components/States";
import { agendaKey, contactKeys } from "../contacts/queries";
import { addDays } from "../format";
import type { components } from "../api/schema";

type AgendaItemData = components["schemas"]["AgendaItem"];

type Choice = { action: "snooze"; until: string } | { action: "dismiss"; reason: string };

function useAgendaAction(item: AgendaItemData) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (choice: Choice) => {
      const reasons = item.reasons.map(({ kind, dueOn, refId }) => ({
        kind,
        dueOn,
        ...(refId ? { refId } : {}),
      }));
      const body = { contactId: item.contactId, reasons, ...choice };
      return unwrap(await api.POST("/api/v1/agenda/actions", { body }));
    },
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: agendaKey }),
        client.invalidateQueries({ queryKey: contactKeys.one(item.contactId) }),
      ]),
  });
}

export function AgendaItemActions({ item, date }: { item: AgendaItemData; date: string }) {
  const [open, setOpen] = useState<"snooze" | "dismiss" | null>(null);
  const [until, setUntil] = useState(() => addDays(date, 7));
  const [reason, setReason] = useState("");
  const act = useAgendaAction(item);
  const problem = act.error instanceof ApiProblem ? act.error : undefined;
  const toggle = (which: "snooze" | "dismiss") => {
    act.reset();
    setOpen(open === which ? null : which);
  };

  return (
    <>
      <button type="button" aria-expanded={open === "snooze"} onClick={() => toggle("snooze")}>
        Snooze
      </button>
      <button type="button" aria-expanded={open === "dismiss"} onClick={() => toggle("dismiss")}>
        Dismiss
      </button>
      {open ? (
        <form
          className="agenda-action-form stack"
          onSubmit={(event) => {
            event.preventDefault();
            act.mutate(open === "snooze" ? { action: "snooze", until } : { action: "dismiss", reason });
          }}
        >
          {open === "snooze" ? (
            <Field
              label={`Snooze ${item.contactName} until`}
              type="date"
              min={addDays(date, 1)}
              required
              value={until}
              onChange={(e) => setUntil(e.target.value)}
              error={problem?.forField("until")}
            />
          ) : (
            <Field
              label={`Why dismiss ${item.contactName}?`}
              required
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={problem?.forField("reason")}
            />
          )}
          <FormError error={act.error} />
          <div className="row">
            <button type="submit" className="button-primary" disabled={act.isPending}>
              {open === "snooze" ? "Snooze it" : "Dismiss it"}
            </button>
            <button type="button" className="button-quiet" onClick={() => setOpen(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
