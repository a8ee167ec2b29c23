// The Import section's server state: inspecting a file, uploading it (a dry run answered when
// done; an import answered at once, then polled), the workspace's recent imports.
import { useEffect, useRef } from "react";
import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import type { components, paths } from "../api/schema";
import type { Choices, Inspection } from "./importMapping";

export type ImportJob = components["schemas"]["Import"];
type ImportQuery = NonNullable<paths["/api/v1/imports"]["post"]["parameters"]["query"]>;
export type ImportFormat = NonNullable<ImportQuery["format"]>;

/** How to read the file: as the user chose (`auto`: as its first bytes say). */
export interface ReadChoice {
  format: ImportFormat | "auto";
  /** Two letters, or "" for none. */
  country: string;
  mapping: Choices;
}

export const recentImportsKey = ["imports", "recent"] as const;
const POLL_MS = 1_000;

/**
 * The file as the form field `file`. The API document describes an upload's options, not its
 * body (the server reads it as a stream), hence the cast where it is sent.
 */
function fileForm(file: File): never {
  const form = new FormData();
  form.append("file", file, file.name);
  return form as never;
}

export async function inspectFile(file: File, format: ReadChoice["format"]): Promise<Inspection> {
  const query = format === "auto" ? {} : { format };
  return unwrap(await api.POST("/api/v1/imports/inspect", { params: { query }, body: fileForm(file) }));
}

/** A dry run (answered when done), an import (answered at once, still running) or a restore. */
export async function uploadFile(
  file: File,
  choice: ReadChoice,
  run: "dry-run" | "import" | "restore",
): Promise<ImportJob> {
  const query: ImportQuery = {
    ...(choice.format === "auto" ? {} : { format: choice.format }),
    ...(choice.country ? { country: choice.country } : {}),
    ...(Object.keys(choice.mapping).length ? { mapping: JSON.stringify(choice.mapping) } : {}),
    ...(run === "dry-run" ? { dryRun: "true", wait: "true" } : {}),
    ...(run === "restore" ? { format: "json", wait: "true" } : {}),
  };
  return unwrap(await api.POST("/api/v1/imports", { params: { query }, body: fileForm(file) }));
}

export function useRecentImports() {
  return useQuery({
    queryKey: recentImportsKey,
    queryFn: async ({ signal }) => unwrap(await api.GET("/api/v1/imports", { signal })).items,
  });
}

/** After an import or a restore, everything the book shows may have changed (the session has not). */
export function useBookChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== "session" });
}

/** An import started in the background, read again every second until it has finished. */
export function useImportJob(started: ImportJob | null) {
  const bookChanged = useBookChanged();
  const job = useQuery({
    queryKey: ["imports", started?.id ?? ""],
    queryFn: started
      ? async ({ signal }) =>
          unwrap(await api.GET("/api/v1/imports/{id}", { params: { path: { id: started.id } }, signal }))
      : skipToken,
    initialData: started ?? undefined,
    refetchInterval: (query) => (query.state.data?.status === "running" ? POLL_MS : false),
  });
  const finished = job.data && job.data.status !== "running" ? job.data.id : null;
  const told = useRef<string | null>(null);
  useEffect(() => {
    if (finished && told.current !== finished) {
      told.current = finished;
      void bookChanged();
    }
  }, [finished, bookChanged]);
  return job;
}
