// A modal dialog on the native <dialog>: the browser traps focus, Escape closes it, and it is
// announced with its heading as its name.
import { useEffect, useId, useRef, type ReactNode } from "react";

interface Props {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

export function Dialog({ title, open, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={headingId} onClose={onClose}>
      {open ? (
        <>
          <header className="dialog-header">
            <h2 id={headingId}>{title}</h2>
            <button type="button" className="button-quiet" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
