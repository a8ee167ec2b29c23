// The coach reading the draft as it is typed: one request per pause, and an answer for text that
// has since changed is never shown as current (its offsets would point at the wrong words).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import type { components } from "../api/schema";
import { useDebounced } from "../components/useDebounced";

export type DraftKind = components["schemas"]["CoachRequest"]["kind"];

const PAUSE_MS = 400;

export function useCoach(text: string, kind: DraftKind, contactId: string | undefined) {
  const settled = useDebounced(text, PAUSE_MS);
  const query = useQuery({
    queryKey: ["coach", kind, contactId ?? null, settled],
    // The signal aborts a request whose answer is no longer wanted (TanStack cancels it when its key is left).
    queryFn: async ({ signal }) => {
      const body = { text: settled, kind, ...(contactId ? { contactId } : {}) };
      const report = unwrap(await api.POST("/api/v1/coach", { body, signal }));
      return { ...body, report };
    },
    enabled: settled.trim() !== "",
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const answered = query.data;
  const fits =
    answered && answered.text === text && answered.kind === kind && answered.contactId === contactId;
  return {
    /** Findings for exactly the text (and kind and contact) now in the editor, or none yet. */
    current: fits ? answered.report : undefined,
    /** The last answer while a newer one is on its way: shown, but not applied. */
    previous: answered && !fits ? answered.report : undefined,
    checking: text.trim() !== "" && (!fits || query.isFetching),
    error: query.error,
  };
}
