// Reading rows back: zod checks what the database returns before it becomes a domain value.
import { z } from "zod";

/** A text column holding JSON of the given shape. */
function jsonText<T>(shape: z.ZodType<T>, expected: string) {
  return z.string().transform((text, ctx): T => {
    const parsed = shape.safeParse(JSON.parse(text));
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: `expected ${expected}` });
      return z.NEVER;
    }
    return parsed.data;
  });
}

/** A JSON-encoded list of strings in a text column. */
export const jsonStrings = jsonText(z.array(z.string()), "a JSON list of strings");

/** A JSON object of string labels in a text column. */
export const jsonLabels = jsonText(z.record(z.string(), z.string()), "a JSON object of labels");

/** A JSON list column whose members must belong to a closed set. */
export function jsonEnumList<const T extends readonly [string, ...string[]]>(values: T) {
  return jsonStrings.pipe(z.array(z.enum(values)));
}

export const nullableText = z.string().nullable();

/** Counts come back as strings from PostgreSQL (bigint) and numbers from SQLite. */
export const count = z.union([z.number(), z.string(), z.bigint()]).transform((v) => Number(v));

/** The columns every versioned row has. */
export const versionedColumns = {
  id: z.string(),
  version: count,
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: nullableText,
};

/** Encodes list (and label map) fields as JSON text, leaving the others as they are. */
export function encodeLists(fields: Record<string, unknown>, listColumns: readonly string[]) {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    row[key] = listColumns.includes(key) ? JSON.stringify(value) : value;
  }
  return row;
}
