// The log-a-touch dialog: pick the contact (unless given), fill in the touch, save it, then confirm
// or reject what the notes suggested.
import { useState } from "react";
import type { components } from "../api/schema";
import { ContactPicker } from "../components/ContactPicker";
import { Dialog } from "../components/Dialog";
import { useContact } from "../contacts/queries";
import type { TouchPrefill } from "./prefill";
import { TouchForm } from "./TouchForm";
import { TouchProposals } from "./TouchProposals";

type Touch = components["schemas"]["Touch"];

export function LogTouchDialog({ prefill, onClose }: { prefill: TouchPrefill; onClose: () => void }) {
  const [picked, setPicked] = useState("");
  const [saved, setSaved] = useState<Touch | null>(null);
  const contactId = prefill.contactId ?? (picked || undefined);
  const known = useContact(prefill.contactName ? undefined : prefill.contactId);
  const name = prefill.contactName ?? known.data?.contact.name;

  if (saved) {
    return (
      <Dialog title="Log a touch" open onClose={onClose}>
        <TouchProposals touch={saved} onDone={onClose} />
      </Dialog>
    );
  }
  return (
    <Dialog title="Log a touch" open onClose={onClose}>
      {prefill.contactId ? (
        <p className="log-touch-with">
          With <strong>{name ?? "…"}</strong>
        </p>
      ) : (
        <ContactPicker value={picked} onChange={setPicked} />
      )}
      {contactId ? (
        <TouchForm key={contactId} contactId={contactId} prefill={prefill} onSaved={setSaved} />
      ) : null}
    </Dialog>
  );
}
