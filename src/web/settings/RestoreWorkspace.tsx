// Restoring a workspace export (JSON): everything in it comes back, into an empty workspace only.
// A dialog asks first; when the server refuses (the workspace holds data), its reason is shown.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Dialog } from "../components/Dialog";
import { FormError } from "../components/States";
import { useMe } from "../session";
import { ImportOutcome } from "./ImportOutcome";
import { uploadFile, useBookChanged, type ReadChoice } from "./useImports";

export function RestoreWorkspace({ file, choice }: { file: File; choice: ReadChoice }) {
  const me = useMe();
  const [asking, setAsking] = useState(false);
  const bookChanged = useBookChanged();
  const restore = useMutation({
    mutationFn: () => uploadFile(file, choice, "restore"),
    onSettled: () => {
      setAsking(false);
      return bookChanged();
    },
  });
  if (me.role !== "owner")
    return <p className="warning">This is a workspace export: only the workspace's owners can restore it.</p>;
  return (
    <div className="stack">
      <p className="small">
        A Rapport workspace export. Restoring it brings back its contacts, organizations, touches, facts,
        matters, follow-ups, deals, contracts and settings, into this workspace while it is still empty.
      </p>
      <div className="row">
        <button
          type="button"
          className="button-primary"
          onClick={() => setAsking(true)}
          disabled={restore.isPending}
        >
          {restore.isPending ? "Restoring…" : "Restore workspace…"}
        </button>
      </div>
      <FormError error={restore.error} />
      {restore.data ? <ImportOutcome job={restore.data} headingId="restore-outcome-heading" /> : null}
      <Dialog title="Restore this workspace export?" open={asking} onClose={() => setAsking(false)}>
        <div className="stack">
          <p>
            Everything in <strong>{file.name}</strong> is added to the workspace “{me.workspace.name}”.
            Rapport restores only into a workspace that holds no data yet (no contacts, organizations, touches
            or deals) and refuses otherwise.
          </p>
          <div className="row">
            <button
              type="button"
              className="button-primary"
              onClick={() => restore.mutate()}
              disabled={restore.isPending}
            >
              {restore.isPending ? "Restoring…" : "Restore"}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
