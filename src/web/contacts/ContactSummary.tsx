// Who the contact is (photo, nickname, role, owner, tags), their stage (changeable), and
// archive/restore.
import { Fragment, type ReactNode } from "react";
import { Link } from "react-router";
import { ApiProblem } from "../api/problem";
import { Select } from "../components/Field";
import { FormError } from "../components/States";
import { optionsOf, stageLabels, type Stage } from "../components/vocabulary";
import { formatInstant } from "../format";
import { useMe } from "../session";
import { isInlinePhoto } from "./details";
import { useMembers, useOrganizationOptions, type Contact } from "./queries";
import { useContactWrite } from "./useContactWrite";

/** Parts of one line, separated by a middle dot. */
function Dotted({ parts }: { parts: ReactNode[] }) {
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? " · " : null}
      {part}
    </Fragment>
  ));
}

export function ContactSummary({ contact, etag }: { contact: Contact; etag: string | undefined }) {
  const me = useMe();
  const write = useContactWrite(contact, etag);
  const organization = useOrganizationOptions().data?.find((o) => o.id === contact.organizationId);
  const owner = useMembers().data?.find((m) => m.id === contact.ownerId);
  const problem = write.error instanceof ApiProblem ? write.error : undefined;
  const role: ReactNode[] = [
    contact.title,
    contact.department,
    organization ? <Link to={`/organizations/${organization.id}`}>{organization.name}</Link> : null,
  ].filter(Boolean);
  const details = [owner ? `Owner: ${owner.name}` : null, ...contact.tags.map((t) => `#${t}`)].filter(
    Boolean,
  );

  return (
    <section className="card contact-summary" aria-label="Summary">
      {contact.archivedAt ? (
        <p className="warning" role="status">
          Archived on {formatInstant(contact.archivedAt, me.user.timeZone, { dateStyle: "medium" })}. It is
          off the agenda until restored.
        </p>
      ) : null}
      <div className="contact-identity">
        {contact.photo && isInlinePhoto(contact.photo) ? (
          <img className="contact-photo" src={contact.photo} alt={`Photo of ${contact.name}`} />
        ) : null}
        <div>
          {contact.nickname ? <p>Goes by {contact.nickname}</p> : null}
          {role.length > 0 ? (
            <p>
              <Dotted parts={role} />
            </p>
          ) : null}
          {details.length > 0 ? <p className="muted">{details.join(" · ")}</p> : null}
        </div>
      </div>
      <div className="row contact-summary-actions">
        <div className="stage-select">
          <Select
            label="Stage"
            options={optionsOf(stageLabels)}
            value={contact.stage}
            disabled={write.isPending}
            onChange={(e) => write.mutate({ update: { stage: e.target.value as Stage } })}
            error={problem?.forField("stage")}
          />
        </div>
        <button
          type="button"
          className={contact.archivedAt ? "" : "button-danger"}
          disabled={write.isPending}
          onClick={() => write.mutate({ archived: !contact.archivedAt })}
        >
          {contact.archivedAt ? "Restore contact" : "Archive contact"}
        </button>
      </div>
      <FormError error={write.error} />
    </section>
  );
}
