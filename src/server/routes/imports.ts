// Imports: a file uploaded as the raw body or as multipart form data (options in the query or as
// form fields before the file) is saved, looked at, and imported in the background; its record
// reports progress and the result. `wait=true` answers with the finished import instead.
import { createReadStream } from "node:fs";
import { z } from "zod";
import { importJob, importList, importOptions } from "../../contract/imports.js";
import type { Deps } from "../../services/context.js";
import { getImport, openImport, recentImports } from "../../services/imports.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";
import { bodyLimits } from "../bodies.js";
import { readUpload, saveUpload, uploadContentTypes, uploadScope } from "../upload-requests.js";

export function importsRoutes(api: Api, deps: Deps) {
  const tags = ["imports"];
  uploadScope(api, (scope) => {
    scope.post(
      "/imports",
      {
        bodyLimit: bodyLimits.upload,
        schema: {
          tags,
          summary:
            "Import contacts from a vCard or CSV file, or restore a workspace export (JSON), as the raw " +
            "body or a multipart form field `file`",
          description:
            "Options go in the query string or as form fields before the file. Matches duplicates by " +
            "email, then phone, then name with organization, and merges without losing a value; the " +
            "same file imported twice changes nothing.",
          consumes: uploadContentTypes,
          querystring: importOptions,
          response: { 200: importJob, 202: importJob },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const { file, options, fileName } = await readUpload(req, importOptions, req.query);
        const saved = await saveUpload(file);
        try {
          const opened = await openImport(deps, actor, createReadStream(saved.file), {
            ...options,
            fileName: options.fileName ?? fileName,
            totalBytes: saved.bytes,
          });
          const running = opened.run().finally(() => saved.remove());
          if (options.wait) {
            // A refused restore answers as a problem; the import's record says why, too.
            await running;
            return reply.status(200).send(await getImport(deps, actor, opened.job.id));
          }
          running.catch((error: unknown) =>
            req.log.warn({ err: error, importId: opened.job.id }, "import failed"),
          );
          return reply.status(202).header("location", `/api/v1/imports/${opened.job.id}`).send(opened.job);
        } catch (error) {
          await saved.remove();
          throw error;
        }
      },
    );
  });

  api.get(
    "/imports",
    {
      schema: {
        tags,
        summary: "Your workspace's latest imports, newest first",
        response: { 200: importList },
      },
    },
    async (req) => ({ items: await recentImports(deps, actorOf(req)) }),
  );
  api.get(
    "/imports/:id",
    {
      schema: {
        tags,
        summary: "An import's progress and, once finished, its result",
        params: z.strictObject({ id: z.string().max(64) }),
        response: { 200: importJob },
      },
    },
    async (req) => getImport(deps, actorOf(req), req.params.id),
  );
}
