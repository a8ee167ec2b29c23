// Loading, error and empty states: every page shows one of these instead of a blank space.
import type { ReactNode } from "react";
import { ApiProblem, messageOf } from "../api/problem";

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const notFound = error instanceof ApiProblem && error.status === 404;
  return (
    <div className="state state-error" role="alert">
      <p>
        {notFound
          ? "This was not found. It may have been archived, or it belongs to another workspace."
          : messageOf(error)}
      </p>
      {retry && !notFound ? (
        <button type="button" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** A form-level error: the problem's message, with the fields it names shown by their own inputs. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiProblem && error.errors.length > 0 ? error.message : messageOf(error);
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}
