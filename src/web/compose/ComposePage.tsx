// Compose: write a draft while the coach reads along, flagging pushy or salesy wording and
// offering a kinder line in one click (P12).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { api, unwrap } from "../api/client";
import { ContactPicker } from "../components/ContactPicker";
import { Select, TextArea } from "../components/Field";
import { Empty, ErrorState } from "../components/States";
import { usePageTitle } from "../components/usePageTitle";
import { plural } from "../format";
import { DraftPreview } from "./DraftPreview";
import { FindingList } from "./FindingList";
import { useCoach, type DraftKind } from "./useCoach";

const kinds: { value: DraftKind; label: string }[] = [
  { value: "email", label: "Email" },
  { value: "message", label: "Message" },
  { value: "call_script", label: "Call script" },
];

export default function ComposePage() {
  usePageTitle("Compose");
  const [params, setParams] = useSearchParams();
  const contactId = params.get("contactId") ?? "";
  const [text, setText] = useState("");
  const [kind, setKind] = useState<DraftKind>("email");
  const coach = useCoach(text, kind, contactId || undefined);
  const report = coach.current ?? coach.previous;

  return (
    <>
      <header className="page-header">
        <h1>Compose</h1>
      </header>
      <div className="compose">
        <section className="stack compose-editor">
          <div className="grid compose-options">
            <Select
              label="Kind"
              value={kind}
              options={kinds}
              onChange={(event) => setKind(event.target.value as DraftKind)}
            />
            <ContactPicker
              label="Contact"
              value={contactId}
              noneLabel="No one in particular"
              onChange={(id) => setParams(id ? { contactId: id } : {}, { replace: true })}
            />
          </div>
          <TextArea
            label="Draft"
            value={text}
            rows={12}
            onChange={(event) => setText(event.target.value)}
            hint="The coach reads along as you type; nothing is sent to anyone."
          />
          {text.trim() !== "" ? (
            <div className="stack">
              <h2 className="small muted" id="preview-heading">
                Preview with findings marked
              </h2>
              <DraftPreview
                text={text}
                findings={coach.current?.findings ?? []}
                labelledBy="preview-heading"
              />
            </div>
          ) : null}
        </section>
        <section className="stack compose-findings" aria-labelledby="findings-heading">
          <h2 id="findings-heading">Coach</h2>
          <p className="small muted" role="status" aria-live="polite">
            {coach.checking
              ? "Reading your draft…"
              : report
                ? `${plural(report.findings.length, "finding")}`
                : ""}
          </p>
          {coach.error ? <ErrorState error={coach.error} /> : null}
          {text.trim() === "" ? (
            <WhatTheCoachLooksFor />
          ) : report && report.findings.length === 0 && coach.current ? (
            <Empty title="Nothing to change">
              <p>The draft reads kindly: no pressure, and it leaves them room to answer.</p>
            </Empty>
          ) : report ? (
            <FindingList
              text={text}
              findings={report.findings}
              applicable={coach.current !== undefined}
              onApply={setText}
            />
          ) : null}
        </section>
      </div>
    </>
  );
}

function WhatTheCoachLooksFor() {
  const rules = useQuery({
    queryKey: ["coach", "rules"],
    queryFn: async () => unwrap(await api.GET("/api/v1/coach/rules")),
  });
  return (
    <Empty title="Start writing, and the coach reads along">
      <p>It looks for wording that pushes instead of helps:</p>
      {rules.data ? (
        <ul>
          {rules.data.rules
            .filter((r) => r.enabled)
            .map((r) => (
              <li key={r.id}>{r.description}</li>
            ))}
        </ul>
      ) : rules.isError ? null : (
        <p className="muted small">Loading the rules…</p>
      )}
    </Empty>
  );
}
