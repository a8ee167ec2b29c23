// Every open-book deal for the board, paged through the API's cursors, and the one write the board
// makes: a stage change guarded by the deal's version (If-Match), so nobody's change is overwritten.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import type { Deal, DealStage } from "./stages";

export const dealsKey = ["deals", "board"] as const;

// A board is for a salesperson's working set; past this many it is a report, not a board.
const MAX_PAGES = 10;

async function allDeals(signal: AbortSignal): Promise<Deal[]> {
  const deals: Deal[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = unwrap(
      await api.GET("/api/v1/deals", {
        params: { query: { limit: 200, sort: "title", ...(cursor ? { cursor } : {}) } },
        signal,
      }),
    );
    deals.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return deals;
}

export function useDeals() {
  return useQuery({ queryKey: dealsKey, queryFn: ({ signal }) => allDeals(signal) });
}

export interface StageMove {
  stage: DealStage;
  decisionOn?: string;
  needs?: string;
  outcomeFeedback?: string;
}

export function useMoveDeal(deal: Deal) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (move: StageMove) =>
      unwrap(
        await api.PATCH("/api/v1/deals/{id}", {
          params: { path: { id: deal.id }, header: { "if-match": `"${deal.version}"` } },
          body: move,
        }),
      ),
    onSuccess: (saved) =>
      client.setQueryData<Deal[]>(dealsKey, (deals) => deals?.map((d) => (d.id === saved.id ? saved : d))),
    // A stale version means someone else moved it: show the board as it now is.
    onError: (error) => {
      if (error instanceof ApiProblem && error.status === 412)
        void client.invalidateQueries({ queryKey: dealsKey });
    },
  });
}
