import type { z } from "zod";
import {
  agenda,
  agendaActionBody,
  agendaLater,
  agendaLaterQuery,
  agendaActionResult,
  agendaQuery,
  health,
  insights,
  insightsQuery,
} from "../../contract/agenda.js";
import { idParams } from "../../contract/common.js";
import { actOnAgenda, agendaLaterPage, agendaToday } from "../../services/agenda.js";
import type { Deps } from "../../services/context.js";
import { contactHealth } from "../../services/health.js";
import { workspaceInsights } from "../../services/insights.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";

export function agendaRoutes(api: Api, deps: Deps) {
  // Each route answers 200 with one schema, reading one validated part of the request.
  const doc = <Part extends object, Out extends z.ZodType>(
    tag: string,
    summary: string,
    part: Part,
    out: Out,
  ) => ({
    schema: { tags: [tag], summary, ...part, response: { 200: out } },
  });

  api.get(
    "/agenda",
    doc(
      "agenda",
      "Who to talk to today, why, and how to open: your ranked follow-ups",
      { querystring: agendaQuery },
      agenda,
    ),
    (req) => agendaToday(deps, actorOf(req), req.query.date),
  );
  api.get(
    "/agenda/later",
    doc(
      "agenda",
      "The items due later on a day, a page at a time: start from the agenda's laterCursor",
      { querystring: agendaLaterQuery },
      agendaLater,
    ),
    (req) => agendaLaterPage(deps, actorOf(req), req.query),
  );
  api.post(
    "/agenda/actions",
    doc(
      "agenda",
      "Complete, snooze or dismiss an agenda item's reasons (one follow-up record per reason)",
      { body: agendaActionBody },
      agendaActionResult,
    ),
    (req) => actOnAgenda(deps, actorOf(req), req.body),
  );
  api.get(
    "/contacts/:id/health",
    doc(
      "contacts",
      "A contact's relationship health today, with the parts it is made of and its band",
      { params: idParams },
      health,
    ),
    (req) => contactHealth(deps, actorOf(req), req.params.id),
  );
  api.get(
    "/insights",
    doc(
      "insights",
      "Relationship KPIs per salesperson and for the team over a window (never a count of calls); the health bands count live contacts by their health as of today, whatever the window",
      { querystring: insightsQuery },
      insights,
    ),
    (req) => workspaceInsights(deps, actorOf(req), req.query),
  );
}
