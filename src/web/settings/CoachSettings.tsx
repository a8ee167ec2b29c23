// Which coach rules read drafts, and whether matters read from notes are confirmed without asking.
import { useState } from "react";
import type { components } from "../api/schema";
import { SaveRow } from "./SaveRow";
import { useSaveSettings } from "./useWorkspaceSettings";

type Rule = components["schemas"]["CoachRule"];

interface Props {
  rules: Rule[];
  autoConfirmMatters: boolean;
  canEdit: boolean;
}

export function CoachSettings({ rules, autoConfirmMatters, canEdit }: Props) {
  const [enabled, setEnabled] = useState(() => new Set(rules.filter((r) => r.enabled).map((r) => r.id)));
  const [autoConfirm, setAutoConfirm] = useState(autoConfirmMatters);
  const save = useSaveSettings();
  const toggle = (id: Rule["id"], on: boolean) => {
    const next = new Set(enabled);
    if (on) next.add(id);
    else next.delete(id);
    setEnabled(next);
  };

  return (
    <form
      className="stack"
      aria-labelledby="coach-heading"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          coach: { disabledRules: rules.filter((r) => !enabled.has(r.id)).map((r) => r.id) },
          autoConfirmMatters: autoConfirm,
        });
      }}
    >
      <h3 id="coach-heading">Coach rules</h3>
      <fieldset className="stack" disabled={!canEdit}>
        <legend>Rules the coach applies to drafts</legend>
        {rules.map((rule) => (
          <label key={rule.id} className="setting-check">
            <input
              type="checkbox"
              checked={enabled.has(rule.id)}
              onChange={(e) => toggle(rule.id, e.target.checked)}
            />
            <span>
              {rule.description} <span className="muted small">({rule.severity})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="setting-check">
        <input
          type="checkbox"
          disabled={!canEdit}
          checked={autoConfirm}
          onChange={(e) => setAutoConfirm(e.target.checked)}
        />
        <span>Confirm matters read from touch notes without asking</span>
      </label>
      {canEdit ? <SaveRow label="Save coach settings" save={save} /> : null}
    </form>
  );
}
