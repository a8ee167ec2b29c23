// Uploads: a file sent as the raw request body or as the multipart form field `file`, with its
// options in the query string or as form fields before the file. Routes in an upload scope get
// every body as a stream, never buffered whole; an import saves it to a private temporary file
// (the request ends as soon as the bytes are in, and the import runs on after the answer).
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Stream, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import multipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { invalid } from "../errors.js";
import type { Api } from "./api.js";

/** The largest file an upload takes: a 100,000-contact export is about 30 MB. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

/** What an upload's body may be, for the API document. */
export const uploadContentTypes = [
  "multipart/form-data",
  "text/vcard",
  "text/csv",
  "application/json",
  "application/octet-stream",
];

const file = { type: "string", format: "binary" } as const;

/** An upload route's body, for the API document: the file, raw or as the form field `file`. */
export const uploadRequestBody = {
  content: Object.fromEntries(
    uploadContentTypes.map((type) => [
      type,
      {
        schema:
          type === "multipart/form-data"
            ? {
                type: "object",
                properties: { file: { ...file, description: "The file; options as fields before it" } },
                required: ["file"],
              }
            : { ...file, description: "The file itself" },
      },
    ]),
  ),
};

/** Whether a route's schema is an upload's (it takes the upload content types). */
export function isUploadRoute(schema: { consumes?: readonly string[] } | undefined): boolean {
  return schema?.consumes === uploadContentTypes;
}

/** Registers `routes` in a scope where every body, of any content type, arrives as a stream. */
export function uploadScope(api: Api, routes: (scope: Api) => void): void {
  void api.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { bodyLimit: MAX_UPLOAD_BYTES }, (_req, payload, done) => {
      done(null, payload);
    });
    await scope.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
    routes(scope);
  });
}

export interface Upload<Options> {
  /** The file's bytes, refused past MAX_UPLOAD_BYTES. */
  file: AsyncIterable<Uint8Array>;
  /** The query's options with the form's over them. */
  options: Options;
  /** The name the form gave the file. */
  fileName: string | null;
}

/**
 * The uploaded file and its options, whichever way it came; `query` is the request's query
 * string as the route's schema (`schema`) already checked it.
 */
export async function readUpload<S extends z.ZodType<object>>(
  req: FastifyRequest,
  schema: S,
  query: z.output<S>,
): Promise<Upload<z.output<S>>> {
  if (!req.isMultipart()) {
    // Without a content type there is no body to read (Fastify parses none).
    if (!(req.body instanceof Stream))
      throw invalid("Send the file as the request body, or as the form field `file`", [
        { field: "file", message: "required" },
      ]);
    return { file: capped(req.body as Readable), options: query, fileName: null };
  }
  const part = await req.file();
  if (!part) throw invalid("The form holds no file", [{ field: "file", message: "required" }]);
  const fields: Record<string, string> = {};
  for (const value of Object.values(part.fields).flat()) {
    if (value?.type === "field" && typeof value.value === "string") fields[value.fieldname] = value.value;
  }
  return {
    file: capped(part.file),
    options: { ...query, ...formOptions(schema, fields) },
    fileName: part.filename || null,
  };
}

function formOptions<S extends z.ZodType<object>>(schema: S, fields: Record<string, string>): z.output<S> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    field: i.path.join(".") || "(options)",
    message: i.message,
  }));
  throw invalid(`${issues[0]!.field}: ${issues[0]!.message}`, issues);
}

function tooLarge(limit: number): Error {
  const megabytes = Math.round(limit / 1024 / 1024);
  return Object.assign(new Error(`The file is larger than ${megabytes} MB`), { statusCode: 413 });
}

/** The stream's chunks, failing (413) once more than `limit` bytes have come. */
export async function* capped(
  stream: AsyncIterable<Uint8Array>,
  limit = MAX_UPLOAD_BYTES,
): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.byteLength;
    if (bytes > limit) throw tooLarge(limit);
    yield chunk;
  }
}

export interface SavedUpload {
  file: string;
  bytes: number;
  remove(): Promise<void>;
}

/** Writes the file to a temporary file readable by this user only. */
export async function saveUpload(file: AsyncIterable<Uint8Array>): Promise<SavedUpload> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rapport-import-"));
  const saved = path.join(dir, "upload");
  const remove = () => fs.rm(dir, { recursive: true, force: true });
  try {
    await pipeline(file, createWriteStream(saved, { mode: 0o600 }));
    return { file: saved, bytes: (await fs.stat(saved)).size, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
