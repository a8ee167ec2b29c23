// One error type for expected failures, mapped once to HTTP problems (server/problems.ts)
// and once to CLI exit codes (cli/run.ts). Services and the store throw it; nobody else invents one.

export type ErrorCode =
  | "not_found"
  | "invalid"
  | "conflict"
  | "forbidden"
  | "unauthenticated"
  | "precondition_failed"
  | "rate_limited";

/** A field-level problem, named by its JSON path (e.g. `emails.0`). */
export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** For `rate_limited`: seconds until a retry can succeed (HTTP `Retry-After`). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const invalid = (message: string, issues: FieldIssue[] = []) =>
  new AppError("invalid", message, issues);
export const conflict = (message: string) => new AppError("conflict", message);
export const forbidden = (message = "You are not allowed to do this") => new AppError("forbidden", message);
export const unauthenticated = (message = "Sign in first") => new AppError("unauthenticated", message);
export const preconditionFailed = (message: string) => new AppError("precondition_failed", message);
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError("rate_limited", message, [], retryAfterSeconds);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
