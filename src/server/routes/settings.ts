import { z } from "zod";
import { settingsPatch, workspaceSettings } from "../../contract/settings.js";
import type { Deps } from "../../services/context.js";
import { effectiveAgendaSettings, getSettings, updateSettings } from "../../services/settings.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";
import { bodyLimits } from "../bodies.js";

const effective = z.object({ stored: workspaceSettings, agenda: z.record(z.string(), z.unknown()) });

export function settingsRoutes(api: Api, deps: Deps) {
  const tags = ["settings"];
  api.get(
    "/settings",
    {
      schema: {
        tags,
        summary: "The workspace's settings as stored, and the agenda settings in effect (defaults filled in)",
        response: { 200: effective },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return {
        stored: await getSettings(deps, actor),
        agenda: { ...(await effectiveAgendaSettings(deps, actor)) },
      };
    },
  );
  api.patch(
    "/settings",
    {
      bodyLimit: bodyLimits.settings,
      schema: {
        tags,
        summary:
          "Change settings (owners only): agenda cadences and windows, coach rules, matter auto-confirmation",
        body: settingsPatch,
        response: { 200: workspaceSettings },
      },
    },
    (req) => updateSettings(deps, actorOf(req), req.body),
  );
}
