// The items due later on a day: the first page came with the agenda, "Show more" loads the next.
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../api/client";
import type { components } from "../api/schema";
import { agendaKey } from "../contacts/queries";
import { AgendaItem } from "./AgendaItem";

type Agenda = components["schemas"]["Agenda"];

const PAGE = 50;

export function LaterItems({ agenda }: { agenda: Agenda }) {
  const [wanted, setWanted] = useState(false);
  const paging = wanted && agenda.laterCursor !== null;
  // Keyed by day: after an action the loaded pages refetch from their own cursors (which keep their place).
  const more = useInfiniteQuery({
    queryKey: [...agendaKey, agenda.date, "later"],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/agenda/later", { params: { query: { cursor: pageParam, limit: PAGE } } }),
      ),
    initialPageParam: agenda.laterCursor ?? "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: paging,
  });
  // A refreshed first page may have taken in items that a loaded page still shows.
  const shown = new Set(agenda.later.map((i) => i.contactId));
  const extra = (paging ? (more.data?.pages.flatMap((p) => p.items) ?? []) : []).filter(
    (i) => !shown.has(i.contactId) && shown.add(i.contactId),
  );
  const loading = (paging && more.isPending) || more.isFetchingNextPage;
  const canLoad = paging ? more.hasNextPage : agenda.laterCursor !== null;

  return (
    <>
      <ol className="agenda" aria-label="Later">
        {[...agenda.later, ...extra].map((item) => (
          <li key={item.contactId}>
            <AgendaItem item={item} date={agenda.date} />
          </li>
        ))}
      </ol>
      {canLoad || loading ? (
        <button
          type="button"
          disabled={loading}
          onClick={() => (paging ? void more.fetchNextPage() : setWanted(true))}
        >
          {loading ? "Loading…" : "Show more"}
        </button>
      ) : null}
    </>
  );
}
