// Validation failures worded for people: "is required", "must be a list", never zod's
// "Invalid input: expected array, received undefined". Messages our schemas wrote stay as written.

/** One schema issue as fastify-type-provider-zod reports it: zod's code and the issue's details. */
export interface SchemaIssue {
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const kinds: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  date: "a date",
  null: "null",
};

// Zod's own wording starts like this; a schema's custom message does not.
const zodDefault = /^(Invalid|Too (small|big)|Unrecognized|Expected)\b/;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function bound(params: Record<string, unknown>, side: "least" | "most"): string {
  const limit = Number(side === "least" ? params.minimum : params.maximum);
  const origin = params.origin;
  if (origin === "string") {
    if (side === "least" && limit === 1) return "must not be empty";
    return `must be at ${side} ${plural(limit, "character")} long`;
  }
  if (origin === "array" || origin === "set") return `must have at ${side} ${plural(limit, "item")}`;
  if (params.inclusive === false) return `must be ${side === "least" ? "more" : "less"} than ${limit}`;
  return `must be at ${side} ${limit}`;
}

function worded(issue: SchemaIssue): string | null {
  const { params } = issue;
  switch (issue.keyword) {
    case "invalid_type": {
      // Zod reports the received type only in its message ("…, received undefined").
      if (/received undefined/.test(issue.message ?? "")) return "is required";
      const kind = kinds[String(params.expected)];
      return kind ? `must be ${kind}` : null;
    }
    case "too_small":
      return bound(params, "least");
    case "too_big":
      return bound(params, "most");
    case "invalid_value": {
      const values = Array.isArray(params.values) ? params.values.map((v) => JSON.stringify(v)) : [];
      return values.length > 0 ? `must be one of ${values.join(", ")}` : null;
    }
    case "invalid_format":
      return params.format === "email" ? "must be an email address" : "is not in the expected format";
    default:
      return null;
  }
}

/** The message to show for one schema issue. */
export function issueMessage(issue: SchemaIssue): string {
  const message = issue.message ?? "";
  if (message !== "" && !zodDefault.test(message)) return message;
  return worded(issue) ?? (message || "is not valid");
}
