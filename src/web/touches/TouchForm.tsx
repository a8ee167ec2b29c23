// The touch itself. The method's warnings (sales mode, presenting before the needs are understood)
// are asked for while the form changes, so they appear before saving; they never block it.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import type { components } from "../api/schema";
import { Field, Select, TextArea } from "../components/Field";
import { FormError } from "../components/States";
import { useDebounced } from "../components/useDebounced";
import {
  channelLabels,
  directionLabels,
  intentLabels,
  keysOf,
  optionsOf,
  stepLabels,
  type Channel,
  type Direction,
  type Intent,
  type Step,
} from "../components/vocabulary";
import { useContactChanged } from "../contacts/queries";
import { useMe } from "../session";
import type { TouchPrefill } from "./prefill";
import { fromLocalInput, toLocalInput } from "./when";

type Touch = components["schemas"]["Touch"];

interface Draft {
  channel: Channel;
  intent: Intent;
  direction: Direction;
  notes: string;
  steps: Step[];
  getBackOn: string;
  when: string;
}

interface Props {
  contactId: string;
  prefill: TouchPrefill;
  onSaved: (touch: Touch) => void;
}

export function TouchForm({ contactId, prefill, onSaved }: Props) {
  const { timeZone } = useMe().user;
  const [draft, setDraft] = useState<Draft>(() => ({
    channel: prefill.channel ?? "call",
    intent: prefill.intent ?? "give",
    direction: "outbound",
    notes: "",
    steps: [],
    getBackOn: "",
    when: toLocalInput(new Date(), timeZone),
  }));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // Memoised: the debounced check waits for the draft to stop changing, not for a new object.
  const body = useMemo(
    () => ({
      contactId,
      channel: draft.channel,
      intent: draft.intent,
      direction: draft.direction,
      notes: draft.notes,
      steps: draft.steps,
      occurredAt: fromLocalInput(draft.when, timeZone) ?? new Date().toISOString(),
      ...(draft.getBackOn ? { getBackOn: draft.getBackOn } : {}),
    }),
    [contactId, draft, timeZone],
  );
  const checked = useDebounced(body, 400);
  const check = useQuery({
    queryKey: ["touch-check", checked],
    queryFn: async () => unwrap(await api.POST("/api/v1/touches/check", { body: checked })),
    staleTime: 0,
  });
  const changed = useContactChanged();
  const save = useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/touches", { body })),
    onSuccess: (touch) => {
      void changed(contactId);
      onSaved(touch);
    },
  });
  const problem = save.error instanceof ApiProblem ? save.error : undefined;
  const warnings = check.data?.warnings ?? [];

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <div className="form-grid">
        <Select
          label="Channel"
          options={optionsOf(channelLabels)}
          value={draft.channel}
          onChange={(e) => set("channel", e.target.value as Channel)}
          error={problem?.forField("channel")}
        />
        <Select
          label="Intent"
          options={optionsOf(intentLabels)}
          value={draft.intent}
          onChange={(e) => set("intent", e.target.value as Intent)}
          error={problem?.forField("intent")}
        />
        <Select
          label="Direction"
          options={optionsOf(directionLabels)}
          value={draft.direction}
          onChange={(e) => set("direction", e.target.value as Direction)}
          error={problem?.forField("direction")}
        />
        <Field
          label={`When (${timeZone})`}
          type="datetime-local"
          value={draft.when}
          required
          onChange={(e) => set("when", e.target.value)}
          error={problem?.forField("occurredAt")}
        />
      </div>
      <TextArea
        label="Notes"
        // Opened for a known contact, the notes are what there is to write; a picked one keeps focus.
        autoFocus={prefill.contactId !== undefined}
        value={draft.notes}
        onChange={(e) => set("notes", e.target.value)}
        hint="Mention what is going on in their life: dated matters are offered for follow-up."
        error={problem?.forField("notes")}
      />
      <fieldset>
        <legend>Steps reached</legend>
        <div className="row">
          {keysOf(stepLabels).map((step) => (
            <label key={step} className="check">
              <input
                type="checkbox"
                checked={draft.steps.includes(step)}
                onChange={(e) =>
                  set(
                    "steps",
                    e.target.checked ? [...draft.steps, step] : draft.steps.filter((s) => s !== step),
                  )
                }
              />
              {stepLabels[step]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label="Mutual get-back date"
        type="date"
        value={draft.getBackOn}
        onChange={(e) => set("getBackOn", e.target.value)}
        hint="A day you both agreed to get back to each other."
        error={problem?.forField("getBackOn")}
      />
      <div aria-live="polite" className="stack">
        {warnings.map((w) => (
          <p key={w.code} className="warning">
            {w.message}
            {w.detail ? <span className="small"> {w.detail}</span> : null}
          </p>
        ))}
      </div>
      <FormError error={save.error} />
      <div className="row">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save touch"}
        </button>
      </div>
    </form>
  );
}
