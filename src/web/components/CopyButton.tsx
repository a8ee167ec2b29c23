// Copies a value to the clipboard and says so; where the clipboard is refused (plain HTTP, old
// browsers) it says to copy by hand, since the value is on screen next to it.
import { useState } from "react";

export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <>
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard.writeText(value).then(
            () => setState("copied"),
            () => setState("failed"),
          )
        }
      >
        {label}
      </button>
      <span role="status" className="small muted">
        {state === "copied"
          ? "Copied."
          : state === "failed"
            ? "Copying was refused; select it and copy."
            : ""}
      </span>
    </>
  );
}
