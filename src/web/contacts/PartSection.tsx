// A titled part of the contact page with its own loading, error and empty states, so one slow or
// failing list never blanks the rest of the page.
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorState, Loading } from "../components/States";

interface Props<T> {
  title: string;
  query: UseQueryResult<T[]>;
  empty: string;
  actions?: ReactNode;
  /** Shown below whatever state the list is in (an add form, say). */
  footer?: ReactNode;
  children: (items: T[]) => ReactNode;
}

export function PartSection<T>({ title, query, empty, actions, footer, children }: Props<T>) {
  return (
    <section className="card contact-part" aria-label={title}>
      <header className="part-header">
        <h2>{title}</h2>
        {actions}
      </header>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} retry={() => void query.refetch()} /> : null}
      {query.data?.length === 0 ? <p className="muted">{empty}</p> : null}
      {query.data && query.data.length > 0 ? children(query.data) : null}
      {footer}
    </section>
  );
}
