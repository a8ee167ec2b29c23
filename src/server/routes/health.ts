import { z } from "zod";
import { scheduledJobs } from "../../services/jobs.js";
import { createScheduler } from "../../services/scheduler.js";
import type { AppOptions } from "../options.js";
import type { Api } from "../api.js";

const health = z.object({
  status: z.literal("ok"),
  version: z.string(),
  database: z.enum(["sqlite", "postgres"]),
  scheduler: z.object({
    running: z.boolean(),
    lastRunAt: z.string().nullable(),
    queueDepth: z.number().int().meta({ description: "Webhook deliveries waiting to be sent" }),
  }),
});

export function healthRoutes(api: Api, { deps, version, scheduler }: AppOptions) {
  // Without a scheduler of its own, this server still reports the queue others work through.
  const reported = scheduler ?? createScheduler(scheduledJobs(deps), deps.now);
  api.get(
    "/health",
    {
      config: { public: true },
      schema: { tags: ["system"], summary: "Liveness and version", response: { 200: health } },
    },
    async () => ({
      status: "ok" as const,
      version,
      database: deps.store.dialect,
      scheduler: await reported.status(),
    }),
  );
}
