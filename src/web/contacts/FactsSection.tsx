// What we know about the contact, grouped by kind and editable where it is shown: add, edit, archive.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { Field, Select } from "../components/Field";
import { FormError } from "../components/States";
import { factKindLabels, optionsOf, type FactKind } from "../components/vocabulary";
import { formatDate } from "../format";
import { groupFacts, type Fact } from "./facts";
import { PartSection } from "./PartSection";
import { useContactChanged, useContactList } from "./queries";

type Write = { add: { kind: FactKind; text: string } } | { edit: Fact; text: string } | { archive: Fact };

function useFactWrite(contactId: string, onSaved?: () => void) {
  const changed = useContactChanged();
  return useMutation({
    mutationFn: async (write: Write) => {
      if ("add" in write)
        return unwrap(await api.POST("/api/v1/facts", { body: { contactId, ...write.add } }));
      const fact = "edit" in write ? write.edit : write.archive;
      const init = { params: { path: { id: fact.id } }, headers: { "If-Match": `"${fact.version}"` } };
      return unwrap(
        "edit" in write
          ? await api.PATCH("/api/v1/facts/{id}", { ...init, body: { text: write.text } })
          : await api.DELETE("/api/v1/facts/{id}", init),
      );
    },
    onSuccess: () => {
      onSaved?.();
      return changed(contactId);
    },
  });
}

export function FactsSection({ contactId }: { contactId: string }) {
  const facts = useContactList(contactId, "facts");
  return (
    <PartSection
      title="What we know"
      query={facts}
      empty="Nothing yet: add what you learn, or confirm it from a touch's notes."
      footer={<AddFact contactId={contactId} />}
    >
      {(items) => (
        <div className="stack">
          {groupFacts(items).map((group) => (
            <div key={group.kind}>
              <h3>{group.label}</h3>
              <ul className="list">
                {group.facts.map((fact) => (
                  <FactItem key={fact.id} contactId={contactId} fact={fact} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </PartSection>
  );
}

function FactItem({ contactId, fact }: { contactId: string; fact: Fact }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(fact.text);
  const write = useFactWrite(contactId, () => setEditing(false));
  const problem = write.error instanceof ApiProblem ? write.error : undefined;
  if (editing) {
    return (
      <li>
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            write.mutate({ edit: fact, text });
          }}
        >
          <Field
            label="Fact"
            value={text}
            required
            autoFocus
            onChange={(e) => setText(e.target.value)}
            error={problem?.forField("text")}
          />
          <FormError error={write.error} />
          <div className="row">
            <button type="submit" className="button-primary" disabled={write.isPending}>
              Save fact
            </button>
            <button type="button" className="button-quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="fact">
      <p>{fact.text}</p>
      <div className="row">
        <span className="small muted">learned {formatDate(fact.learnedOn)}</span>
        <button
          type="button"
          className="button-quiet"
          aria-label={`Edit: ${fact.text}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button
          type="button"
          className="button-quiet button-danger"
          aria-label={`Archive: ${fact.text}`}
          disabled={write.isPending}
          onClick={() => write.mutate({ archive: fact })}
        >
          Archive
        </button>
      </div>
      <FormError error={write.error} />
    </li>
  );
}

function AddFact({ contactId }: { contactId: string }) {
  const [kind, setKind] = useState<FactKind>("interest");
  const [text, setText] = useState("");
  const write = useFactWrite(contactId, () => setText(""));
  const problem = write.error instanceof ApiProblem ? write.error : undefined;
  return (
    <form
      className="add-fact stack"
      aria-label="Add a fact"
      onSubmit={(event) => {
        event.preventDefault();
        write.mutate({ add: { kind, text } });
      }}
    >
      <div className="form-grid">
        <Select
          label="Kind"
          options={optionsOf(factKindLabels)}
          value={kind}
          onChange={(e) => setKind(e.target.value as FactKind)}
          error={problem?.forField("kind")}
        />
        <Field
          label="New fact"
          value={text}
          required
          onChange={(e) => setText(e.target.value)}
          error={problem?.forField("text")}
        />
      </div>
      <FormError error={write.error} />
      <div className="row">
        <button type="submit" disabled={write.isPending}>
          Add fact
        </button>
      </div>
    </form>
  );
}
