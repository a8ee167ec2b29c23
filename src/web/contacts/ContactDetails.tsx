// How to reach the contact and what the address book says about them: emails, phones, address
// and links, each with its label, and free notes. Nickname, department, links and notes are
// edited in place, with the contact's ETag like every other change to the contact.
import { useState, type ReactNode } from "react";
import { ApiProblem } from "../api/problem";
import { Field, TextArea } from "../components/Field";
import { FormError } from "../components/States";
import { detailsForm, detailsUpdate, errorFor, isInlinePhoto, labelOf, webLink } from "./details";
import type { Contact } from "./queries";
import { useContactWrite } from "./useContactWrite";

interface Props {
  contact: Contact;
  etag: string | undefined;
}

export function ContactDetails({ contact, etag }: Props) {
  const [editing, setEditing] = useState(false);
  return (
    <section className="card contact-details" aria-label="Details">
      <header className="part-header">
        <h2>Details</h2>
        {editing ? null : (
          <button type="button" className="button-quiet" onClick={() => setEditing(true)}>
            Edit details
          </button>
        )}
      </header>
      {editing ? (
        <EditDetails contact={contact} etag={etag} done={() => setEditing(false)} />
      ) : (
        <DetailsList contact={contact} />
      )}
    </section>
  );
}

function DetailsList({ contact }: { contact: Contact }) {
  const labelled = (value: string, shown: ReactNode = value) => {
    const label = labelOf(contact, value);
    return (
      <li key={value}>
        {shown}
        {label ? <span className="muted"> · {label}</span> : null}
      </li>
    );
  };
  const rows: [string, ReactNode][] = [];
  const list = (values: ReactNode[]) => <ul className="contact-values">{values}</ul>;
  if (contact.emails.length > 0) rows.push(["Email", list(contact.emails.map((e) => labelled(e)))]);
  if (contact.phones.length > 0) rows.push(["Phone", list(contact.phones.map((p) => labelled(p)))]);
  if (contact.address) rows.push(["Address", list([labelled(contact.address)])]);
  if (contact.urls.length > 0)
    rows.push(["Links", list(contact.urls.map((u) => labelled(u, <WebLink url={u} />)))]);
  // The page's CSP shows data: images only; a photo kept as a link opens in its own tab.
  if (contact.photo && !isInlinePhoto(contact.photo)) {
    rows.push(["Photo", <WebLink url={contact.photo} text="Open photo" />]);
  }
  if (contact.notes) rows.push(["Notes", contact.notes]);

  if (rows.length === 0) return <p className="muted">No emails, phones, links or notes yet.</p>;
  return (
    <dl className="contact-values-table">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An http(s) link opening in its own tab; anything else stays text. */
function WebLink({ url, text = url }: { url: string; text?: string }) {
  const href = webLink(url);
  if (!href) return text;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  );
}

function EditDetails({ contact, etag, done }: Props & { done: () => void }) {
  const [form, setForm] = useState(() => detailsForm(contact));
  const write = useContactWrite(contact, etag);
  const problem = write.error instanceof ApiProblem ? write.error : undefined;
  const bind = (field: keyof typeof form) => ({
    value: form[field],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value }),
    error: errorFor(problem, field === "links" ? "urls" : field),
  });
  return (
    <form
      className="stack"
      aria-label="Edit details"
      onSubmit={(event) => {
        event.preventDefault();
        write.mutate({ update: detailsUpdate(form) }, { onSuccess: done });
      }}
    >
      <div className="form-grid">
        <Field label="Nickname" autoFocus {...bind("nickname")} />
        <Field label="Department" {...bind("department")} />
      </div>
      <TextArea
        label="Links"
        hint="One link a line, such as https://example.com"
        rows={3}
        {...bind("links")}
      />
      <TextArea label="Notes" rows={5} {...bind("notes")} />
      <FormError error={write.error} />
      <div className="row">
        <button type="submit" className="button-primary" disabled={write.isPending}>
          Save details
        </button>
        <button type="button" className="button-quiet" onClick={done}>
          Cancel
        </button>
      </div>
    </form>
  );
}
