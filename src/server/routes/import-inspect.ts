// Looking at a file before importing it: the same uploads as POST /imports, answered with what
// the file is and how it would be read. Nothing is written, not even a temporary file; any
// signed-in member may ask (the sign-in hook refuses anyone else).
import { importInspection, inspectOptions } from "../../contract/import-inspect.js";
import { inspectImport } from "../../services/import-inspect.js";
import type { Api } from "../api.js";
import { bodyLimits } from "../bodies.js";
import { readUpload, uploadContentTypes, uploadScope } from "../upload-requests.js";

export function importInspectRoutes(api: Api) {
  uploadScope(api, (scope) => {
    scope.post(
      "/imports/inspect",
      {
        bodyLimit: bodyLimits.upload,
        schema: {
          tags: ["imports"],
          summary:
            "Say what a file is and how an import would read it, without importing it: the format; " +
            "for a CSV, its layout, the column mapping and a few values of each column; for vCards, " +
            "the cards it begins",
          description:
            "Takes the same uploads as `POST /imports` (raw body or multipart field `file`, options in " +
            "the query or as form fields before the file) and refuses what an import would refuse " +
            "before its first row.",
          consumes: uploadContentTypes,
          querystring: inspectOptions,
          response: { 200: importInspection },
        },
      },
      async (req) => {
        const { file, options } = await readUpload(req, inspectOptions, req.query);
        return inspectImport(file, options);
      },
    );
  });
}
