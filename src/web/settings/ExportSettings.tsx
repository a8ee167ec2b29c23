// Downloads of the workspace: contacts for phones and Google, everything as JSON. Plain links:
// the session cookie authenticates them, and the server answers each as an attachment.
import type { paths } from "../api/schema";

interface Download {
  path: keyof paths;
  label: string;
  what: string;
}

const downloads: Download[] = [
  {
    path: "/api/v1/exports/contacts.vcf",
    label: "Contacts as vCard",
    what: "for phones, Apple Contacts and Outlook (vCard 4.0)",
  },
  {
    path: "/api/v1/exports/contacts.csv",
    label: "Contacts as Google CSV",
    what: "in the columns Google Contacts imports",
  },
  {
    path: "/api/v1/exports/workspace.json",
    label: "Whole workspace as JSON",
    what: "contacts, organizations, touches, facts, matters, follow-ups, deals, contracts and settings",
  },
];

export function ExportSettings() {
  return (
    <section className="card stack" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p className="small muted">
        Archived contacts stay out of the contact files; the JSON holds everything.
      </p>
      <ul className="list">
        {downloads.map(({ path, label, what }) => (
          <li key={path}>
            <a href={path} download>
              {label}
            </a>{" "}
            <span className="small muted">— {what}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
