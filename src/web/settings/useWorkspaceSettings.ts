// The workspace's settings and the coach's rules, read together, and the owners' one write.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import type { paths } from "../api/schema";

export type SettingsPatch = NonNullable<
  paths["/api/v1/settings"]["patch"]["requestBody"]
>["content"]["application/json"];

const settingsKey = ["settings"] as const;
const rulesKey = ["coach", "rules"] as const;

export function useWorkspaceSettings() {
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: async ({ signal }) => unwrap(await api.GET("/api/v1/settings", { signal })),
  });
  const rules = useQuery({
    queryKey: rulesKey,
    queryFn: async ({ signal }) => unwrap(await api.GET("/api/v1/coach/rules", { signal })),
  });
  return { settings, rules };
}

export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (patch: SettingsPatch) => unwrap(await api.PATCH("/api/v1/settings", { body: patch })),
    // Defaults filled in and rules switched on or off are the server's to say: read them again.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: settingsKey }),
        client.invalidateQueries({ queryKey: rulesKey }),
      ]),
  });
}
