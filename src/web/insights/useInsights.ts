// The insights for a period, and the same figures month by month for the charts over time.
import { useQueries, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import type { components } from "../api/schema";
import { monthsOf, type Month, type Period } from "./period";

export type Insights = components["schemas"]["Insights"];
export type Figures = Insights["team"];

const fetchInsights = async ({ from, to }: Period, signal: AbortSignal) =>
  unwrap(await api.GET("/api/v1/insights", { params: { query: { from, to } }, signal }));

export function useInsights(period: Period) {
  return useQuery({
    queryKey: ["insights", period.from, period.to],
    queryFn: ({ signal }) => fetchInsights(period, signal),
  });
}

export interface MonthFigures {
  month: Month;
  insights: Insights;
}

/** One request per month of the period: the API answers totals, so time is sliced here. */
export function useMonthlyInsights(period: Period) {
  const months = monthsOf(period);
  return useQueries({
    queries: months.map((month) => ({
      queryKey: ["insights", month.from, month.to],
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchInsights(month, signal),
    })),
    combine: (results) => ({
      pending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
      data: results.every((r) => r.data)
        ? months.map((month, i): MonthFigures => ({ month, insights: results[i]!.data! }))
        : [],
    }),
  });
}
