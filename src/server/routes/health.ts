import { z } from "zod";
import type { AppOptions } from "../options.js";
import type { Api } from "../api.js";

const health = z.object({
  status: z.literal("ok"),
  version: z.string(),
  database: z.enum(["sqlite", "postgres"]),
});

export function healthRoutes(api: Api, { deps, version }: AppOptions) {
  api.get(
    "/health",
    {
      config: { public: true },
      schema: { tags: ["system"], summary: "Liveness and version", response: { 200: health } },
    },
    () => ({ status: "ok" as const, version, database: deps.store.dialect }),
  );
}
