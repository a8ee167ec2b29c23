// How a route's declaration becomes its part of the OpenAPI document: zod schemas turned into JSON
// Schema, problem responses as references to the one Problem schema, and the file an upload route
// takes, which no zod schema describes (its body reaches the handler as a stream).
import type { jsonSchemaTransform } from "fastify-type-provider-zod";
import { problemsTransform } from "./problem-responses.js";
import { isUploadRoute, uploadRequestBody } from "./upload-requests.js";

export const documentTransform: typeof jsonSchemaTransform = (input) => {
  const transformed = problemsTransform(input);
  if (!isUploadRoute(input.schema)) return transformed;
  return { ...transformed, schema: { ...(transformed.schema as object), body: uploadRequestBody } };
};
