import type { z } from "zod";
import { UsageError } from "./run.js";

/** Validates command-line options with the same schemas the API uses. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`);
  throw new UsageError(lines.join("\n  "));
}
