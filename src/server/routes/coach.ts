import { coachReport, coachRequest, coachRules as coachRulesSchema } from "../../contract/coach.js";
import { coachDraft, coachRules } from "../../services/coach.js";
import type { Deps } from "../../services/context.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";

export function coachRoutes(api: Api, deps: Deps) {
  const tags = ["coach"];
  api.post(
    "/coach",
    {
      schema: {
        tags,
        summary:
          "Lint a draft (email, message, call script or note) for sales-mode wording; with contactId, read it for that contact",
        body: coachRequest,
        response: { 200: coachReport },
      },
    },
    (req) => coachDraft(deps, actorOf(req), req.body),
  );
  api.get(
    "/coach/rules",
    {
      schema: {
        tags,
        summary: "The coach's rules, each marked enabled unless the workspace's settings turn it off",
        response: { 200: coachRulesSchema },
      },
    },
    async (req) => ({ rules: await coachRules(deps, actorOf(req)) }),
  );
}
