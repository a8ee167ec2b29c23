// Downloads: the contacts as vCard or Google CSV, streamed a page at a time, and the workspace
// as JSON. Each answers as an attachment, named for the workspace's export.
import { Readable } from "node:stream";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import { contactExportQuery, type ContactExportQuery } from "../../contract/exports.js";
import type { Deps } from "../../services/context.js";
import { exportChunks, type ExportFormat } from "../../services/exports.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";

const downloads: { path: string; format: ExportFormat; type: string; summary: string }[] = [
  {
    path: "/exports/contacts.vcf",
    format: "vcard",
    type: "text/vcard",
    summary: "The workspace's contacts as one vCard 4.0 file (RFC 6350)",
  },
  {
    path: "/exports/contacts.csv",
    format: "csv",
    type: "text/csv",
    summary: "The workspace's contacts as CSV in Google Contacts' layout",
  },
  {
    path: "/exports/workspace.json",
    format: "json",
    type: "application/json",
    summary:
      "Everything in the workspace (contacts, organizations, touches, facts, matters, follow-ups, deals " +
      "with concerns, contracts, members, settings) without credentials",
  },
];

function attachment(reply: FastifyReply, type: string, file: string, chunks: AsyncIterable<string>) {
  void reply
    .header("content-type", `${type}; charset=utf-8`)
    .header("content-disposition", `attachment; filename="${file}"`)
    .header("cache-control", "no-store")
    .send(Readable.from(chunks));
}

export function exportsRoutes(api: Api, deps: Deps) {
  for (const { path, format, type, summary } of downloads) {
    const file = path.slice("/exports/".length);
    api.get(
      path,
      {
        schema: {
          tags: ["exports"],
          summary,
          ...(format === "json" ? {} : { querystring: contactExportQuery }),
          produces: [type],
          response: { 200: z.string().describe(`The file, as an attachment named ${file}`) },
        },
      },
      (req, reply) => {
        // Validated above when the route has a query (the JSON export takes none).
        const query = req.query as ContactExportQuery | undefined;
        const chunks = exportChunks(deps, actorOf(req), format, {
          includeArchived: query?.archived === "include",
        });
        attachment(reply, type, file, chunks);
      },
    );
  }
}
