// An API error as the server sends it (RFC 9457 problem JSON), turned into something a page can
// show: one message for the form, and one per field the server named.

export interface FieldError {
  field: string;
  message: string;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldError[];

  constructor(status: number, body: unknown) {
    const problem = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    const title = typeof problem.title === "string" ? problem.title : "Something went wrong";
    const detail = typeof problem.detail === "string" ? problem.detail : undefined;
    super(detail ?? title);
    this.name = "ApiProblem";
    this.status = status;
    this.code = typeof problem.code === "string" ? problem.code : "error";
    this.errors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [];
  }

  /** The message for one field (matched on the field's last path segment too: "body.email" → "email"). */
  forField(field: string): string | undefined {
    return this.errors.find((e) => e.field === field || e.field.split(".").pop() === field)?.message;
  }
}

function isFieldError(value: unknown): value is FieldError {
  const v = value as Partial<FieldError> | null;
  return typeof v?.field === "string" && typeof v.message === "string";
}

/** A message for any error a query or mutation may throw: never raw JSON. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiProblem) {
    const fields = error.errors.map((e) => `${e.field}: ${e.message}`);
    return fields.length > 0 && !error.message.includes(fields[0]!)
      ? `${error.message} (${fields.join("; ")})`
      : error.message;
  }
  if (error instanceof TypeError) return "Rapport could not be reached. Check your connection and try again.";
  return error instanceof Error ? error.message : "Something went wrong";
}
