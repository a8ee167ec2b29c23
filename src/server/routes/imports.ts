// Imports: a file uploaded as the raw body or as multipart form data (options in the query or as
// form fields before the file) is saved, looked at, and imported in the background; its record
// reports progress and the result. `wait=true` answers with the finished import instead.
import { createReadStream } from "node:fs";
import { Stream, type Readable } from "node:stream";
import multipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { importJob, importList, importOptions, type ImportOptionsInput } from "../../contract/imports.js";
import { invalid } from "../../errors.js";
import type { Deps } from "../../services/context.js";
import { getImport, openImport, recentImports } from "../../services/imports.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";
import { MAX_UPLOAD_BYTES, saveUpload } from "../uploads.js";

interface Upload {
  stream: Readable;
  fields: Record<string, string>;
  fileName: string | null;
}

/** The uploaded file and the options sent with it, whichever way it came. */
async function uploadOf(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) {
    // Without a content type there is no body to read (Fastify parses none).
    if (!(req.body instanceof Stream))
      throw invalid("Send the file as the request body, or as the form field `file`", [
        { field: "file", message: "required" },
      ]);
    return { stream: req.body as Readable, fields: {}, fileName: null };
  }
  const part = await req.file();
  if (!part) throw invalid("The form holds no file", [{ field: "file", message: "required" }]);
  const fields: Record<string, string> = {};
  for (const value of Object.values(part.fields).flat()) {
    if (value?.type === "field" && typeof value.value === "string") fields[value.fieldname] = value.value;
  }
  return { stream: part.file, fields, fileName: part.filename || null };
}

/** The query's options (checked by the route's schema) with the form's over them. */
function optionsOf(query: ImportOptionsInput, fields: Record<string, string>): ImportOptionsInput {
  const parsed = importOptions.safeParse(fields);
  if (parsed.success) return { ...query, ...parsed.data };
  const issues = parsed.error.issues.map((i) => ({
    field: i.path.join(".") || "(options)",
    message: i.message,
  }));
  throw invalid(`${issues[0]!.field}: ${issues[0]!.message}`, issues);
}

export function importsRoutes(api: Api, deps: Deps) {
  const tags = ["imports"];
  // Uploads are files, not JSON: every body of this scope arrives as a stream.
  void api.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { bodyLimit: MAX_UPLOAD_BYTES }, (_req, payload, done) => {
      done(null, payload);
    });
    await scope.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });

    scope.post(
      "/imports",
      {
        bodyLimit: MAX_UPLOAD_BYTES,
        schema: {
          tags,
          summary:
            "Import contacts from a vCard or CSV file, or restore a workspace export (JSON), as the raw " +
            "body or a multipart form field `file`",
          description:
            "Options go in the query string or as form fields before the file. Matches duplicates by " +
            "email, then phone, then name with organization, and merges without losing a value; the " +
            "same file imported twice changes nothing.",
          consumes: [
            "multipart/form-data",
            "text/vcard",
            "text/csv",
            "application/json",
            "application/octet-stream",
          ],
          querystring: importOptions,
          response: { 200: importJob, 202: importJob },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const upload = await uploadOf(req);
        const options = optionsOf(req.query, upload.fields);
        const saved = await saveUpload(upload.stream);
        try {
          const opened = await openImport(deps, actor, createReadStream(saved.file), {
            ...options,
            fileName: options.fileName ?? upload.fileName,
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
