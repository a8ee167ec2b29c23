import { z } from "zod";
import { brief, briefQuery } from "../../contract/brief.js";
import { idParams } from "../../contract/common.js";
import { renderBrief } from "../../domain/brief/index.js";
import { contactBrief } from "../../services/brief.js";
import type { Deps } from "../../services/context.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";

const markdown = "text/markdown; charset=utf-8";

/** Whether an Accept header asks for markdown ahead of JSON (order only; q-values are not weighed). */
function wantsMarkdown(accept = ""): boolean {
  const text = accept.search(/\btext\/markdown\b/i);
  const json = accept.search(/\bapplication\/json\b/i);
  return text >= 0 && (json < 0 || text < json);
}

export function briefRoutes(api: Api, deps: Deps) {
  api.get(
    "/contacts/:id/brief",
    {
      schema: {
        tags: ["contacts"],
        summary:
          "The call brief for a contact: JSON, or the printable sheet as markdown with ?format=text or Accept: text/markdown",
        params: idParams,
        querystring: briefQuery,
        produces: ["application/json", "text/markdown"],
        response: {
          200: z.union([brief, z.string().meta({ description: "The printable brief (markdown)" })]),
        },
      },
    },
    async (req, reply) => {
      const sheet = await contactBrief(deps, actorOf(req), req.params.id);
      const format = req.query.format ?? (wantsMarkdown(req.headers.accept) ? "text" : "json");
      if (format === "json") return sheet;
      // A string with a non-JSON content type goes out as is, past the JSON serializer.
      return reply.type(markdown).send(renderBrief(sheet));
    },
  );
}
