import {
  agenda,
  agendaActionBody,
  agendaActionResult,
  agendaQuery,
  health,
  insights,
  insightsQuery,
} from "../../contract/agenda.js";
import { idParams } from "../../contract/common.js";
import { actOnAgenda, agendaToday } from "../../services/agenda.js";
import type { Deps } from "../../services/context.js";
import { contactHealth } from "../../services/health.js";
import { workspaceInsights } from "../../services/insights.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";

export function agendaRoutes(api: Api, deps: Deps) {
  api.get(
    "/agenda",
    {
      schema: {
        tags: ["agenda"],
        summary: "Who to talk to today, why, and how to open: your ranked follow-ups",
        querystring: agendaQuery,
        response: { 200: agenda },
      },
    },
    (req) => agendaToday(deps, actorOf(req), req.query.date),
  );
  api.post(
    "/agenda/actions",
    {
      schema: {
        tags: ["agenda"],
        summary: "Complete, snooze or dismiss an agenda item's reasons (one follow-up record per reason)",
        body: agendaActionBody,
        response: { 200: agendaActionResult },
      },
    },
    (req) => actOnAgenda(deps, actorOf(req), req.body),
  );
  api.get(
    "/contacts/:id/health",
    {
      schema: {
        tags: ["contacts"],
        summary: "A contact's relationship health today, with the parts it is made of",
        params: idParams,
        response: { 200: health },
      },
    },
    (req) => contactHealth(deps, actorOf(req), req.params.id),
  );
  api.get(
    "/insights",
    {
      schema: {
        tags: ["insights"],
        summary: "Relationship KPIs per salesperson and for the team over a window (never a count of calls)",
        querystring: insightsQuery,
        response: { 200: insights },
      },
    },
    (req) => workspaceInsights(deps, actorOf(req), req.query),
  );
}
