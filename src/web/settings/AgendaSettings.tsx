// Cadences (how often each relationship stage hears from us) and the agenda's windows. Owners
// change them; members see the values in effect.
import { useState } from "react";
import { ApiProblem } from "../api/problem";
import { Field } from "../components/Field";
import { words } from "../format";
import { SaveRow } from "./SaveRow";
import { useSaveSettings, type SettingsPatch } from "./useWorkspaceSettings";

const stages = ["prospect", "customer", "client", "advocate", "lost", "not_a_fit"] as const;
type Stage = (typeof stages)[number];

const windows = [
  { key: "agendaSize", label: "Agenda size", hint: "How many people Today suggests at most." },
  {
    key: "feedbackWindowDays",
    label: "Feedback window (days)",
    hint: "How soon after a sale to ask how it is going.",
  },
  {
    key: "renewalWindowDays",
    label: "Renewal window (days)",
    hint: "How long before a contract ends to talk about it.",
  },
  {
    key: "ledgerWindowDays",
    label: "Ledger window (days)",
    hint: "The give/take balance looks this far back.",
  },
  {
    key: "noOccasionGiftEveryDays",
    label: "Give without occasion every (days)",
    hint: "A reminder to give for no reason.",
  },
  {
    key: "attemptsBeforeStretch",
    label: "Attempts before stretching",
    hint: "Unanswered tries before the cadence slows down.",
  },
  {
    key: "feedbackAfterFollowUps",
    label: "Follow-ups before a feedback call",
    hint: "Unanswered follow-ups a quiet prospect gets before Today suggests asking for feedback.",
  },
] as const;
type WindowKey = (typeof windows)[number]["key"];

interface Props {
  /** The agenda settings in effect (defaults filled in), as the API answers them. */
  effective: Record<string, unknown>;
  canEdit: boolean;
}

const sentence = (value: string) => words(value).replace(/^./, (c) => c.toUpperCase());
const asText = (value: unknown) => (typeof value === "number" ? String(value) : "");

export function AgendaSettings({ effective, canEdit }: Props) {
  const cadence = (effective.cadenceDays ?? {}) as Partial<Record<Stage, number | null>>;
  const [cadenceDays, setCadenceDays] = useState(
    () => Object.fromEntries(stages.map((s) => [s, asText(cadence[s])])) as Record<Stage, string>,
  );
  const [values, setValues] = useState(
    () =>
      Object.fromEntries(windows.map((w) => [w.key, asText(effective[w.key])])) as Record<WindowKey, string>,
  );
  const save = useSaveSettings();
  const problem = save.error instanceof ApiProblem ? save.error : undefined;

  function patch(): SettingsPatch {
    const days = Object.fromEntries(
      stages.map((s) => [s, cadenceDays[s].trim() ? Number(cadenceDays[s]) : null]),
    );
    const rest = Object.fromEntries(
      windows.filter((w) => values[w.key].trim() !== "").map((w) => [w.key, Number(values[w.key])]),
    );
    return { agenda: { cadenceDays: days, ...rest } };
  }

  return (
    <form
      className="stack"
      aria-labelledby="agenda-heading"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(patch());
      }}
    >
      <h3 id="agenda-heading">Cadences and agenda windows</h3>
      <fieldset className="grid settings-grid" disabled={!canEdit}>
        <legend>Cadence by stage (days between touches; empty for none)</legend>
        {stages.map((s) => (
          <Field
            key={s}
            label={sentence(s)}
            type="number"
            min={1}
            max={3650}
            inputMode="numeric"
            value={cadenceDays[s]}
            onChange={(event) => setCadenceDays({ ...cadenceDays, [s]: event.target.value })}
            error={problem?.forField(s)}
          />
        ))}
      </fieldset>
      <fieldset className="grid settings-grid" disabled={!canEdit}>
        <legend>Agenda windows</legend>
        {windows.map((w) => (
          <Field
            key={w.key}
            label={w.label}
            hint={w.hint}
            type="number"
            min={1}
            inputMode="numeric"
            value={values[w.key]}
            onChange={(event) => setValues({ ...values, [w.key]: event.target.value })}
            error={problem?.forField(w.key)}
          />
        ))}
      </fieldset>
      {canEdit ? <SaveRow label="Save agenda settings" save={save} /> : null}
    </form>
  );
}
