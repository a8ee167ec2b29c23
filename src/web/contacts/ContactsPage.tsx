// The book: search as you type, filter, sort and page through contacts, and add one quickly.
// Every filter lives in the URL, so reload, back and a shared link show the same list.
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { api, unwrap } from "../api/client";
import { Field } from "../components/Field";
import { Empty, ErrorState, Loading } from "../components/States";
import { usePageTitle } from "../components/usePageTitle";
import { useDebounced } from "../components/useDebounced";
import { stageLabels } from "../components/vocabulary";
import { ContactFilters } from "./ContactFilters";
import { filtersFrom } from "./filters";
import { QuickAddContact } from "./QuickAddContact";
import { contactKeys } from "./queries";

export default function ContactsPage() {
  usePageTitle("Contacts");
  const [params, setParams] = useSearchParams();
  const urlText = params.get("q") ?? "";
  const [text, setText] = useState(urlText);
  const typed = useDebounced(text.trim(), 300);
  // Back and Forward change the URL under the field: the field follows (typing leads otherwise).
  const [seenUrlText, setSeenUrlText] = useState(urlText);
  if (urlText !== seenUrlText) {
    setSeenUrlText(urlText);
    if (urlText !== typed) setText(urlText);
  }
  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (typed) next.set("q", typed);
        else next.delete("q");
        next.delete("focus");
        return next;
      },
      { replace: true },
    );
  }, [typed, setParams]);

  const query = { ...filtersFrom(params), limit: 50 };
  const contacts = useInfiniteQuery({
    queryKey: contactKeys.list(query),
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/contacts", {
          params: { query: pageParam ? { ...query, cursor: pageParam } : query },
        }),
      ),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const items = contacts.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <header className="page-header">
        <h1>Contacts</h1>
        <Link to="/organizations">Organizations</Link>
      </header>
      <div className="contacts-layout">
        <div className="stack">
          <div className="card stack">
            <Field
              label="Search contacts"
              type="search"
              data-search=""
              autoFocus={params.get("focus") === "search"}
              value={text}
              onChange={(e) => setText(e.target.value)}
              hint="Press / anywhere to come here."
            />
            <ContactFilters params={params} setParams={setParams} />
          </div>
          <section className="card" aria-label="Contacts found" aria-busy={contacts.isFetching}>
            {contacts.isPending ? <Loading label="Loading contacts…" /> : null}
            {contacts.isError ? (
              <ErrorState error={contacts.error} retry={() => void contacts.refetch()} />
            ) : null}
            {contacts.isSuccess && items.length === 0 ? (
              <Empty title={query.q || params.size > 0 ? "No contact matches." : "No contacts yet."}>
                <p>Add someone under “Add a contact”: a name is enough to start.</p>
              </Empty>
            ) : null}
            {items.length > 0 ? (
              <ul className="list contact-list">
                {items.map((c) => (
                  <li key={c.id} className="contact-row">
                    <Link to={`/contacts/${c.id}`}>{c.name}</Link>
                    <span className="muted small">
                      {[stageLabels[c.stage], c.title, ...c.tags.map((t) => `#${t}`)]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
            {contacts.hasNextPage ? (
              <button
                type="button"
                disabled={contacts.isFetchingNextPage}
                onClick={() => void contacts.fetchNextPage()}
              >
                {contacts.isFetchingNextPage ? "Loading…" : "Show more"}
              </button>
            ) : null}
          </section>
        </div>
        <QuickAddContact />
      </div>
    </>
  );
}
