// NUL characters cannot be stored as text (PostgreSQL refuses them) and never belong in CRM
// data; refuse them at the edge, naming the field, before any schema or query sees them.
import type { FastifyInstance } from "fastify";
import { invalid } from "../errors.js";

/** Parsed JSON, query and params only; an upload's stream (socket and all) is not walked. */
function isPlainData(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The path to the first string (value or key) holding a NUL; walked with a stack, never recursion. */
function findNul(root: unknown, rootPath: string[]): string[] | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: rootPath }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value === "string") {
      if (value.includes("\u0000")) return path;
    } else if (value && typeof value === "object" && isPlainData(value)) {
      const entries = Array.isArray(value)
        ? value.map((v, i) => [String(i), v] as const)
        : Object.entries(value);
      // Pushed in reverse so that the first offending field is the one reported.
      for (const [key, child] of entries.reverse()) {
        stack.push({ value: child, path: [...path, key] });
        if (!Array.isArray(value)) stack.push({ value: key, path: [...path, key] });
      }
    }
  }
  return null;
}

export function refuseNulCharacters(app: FastifyInstance) {
  app.addHook("preValidation", (request, _reply, done) => {
    // Fastify's params and query objects have prototypes of their own: copied, they read as plain data.
    for (const [part, value] of [
      ["params", { ...(request.params as object) }],
      ["query", { ...(request.query as object) }],
      ["body", request.body],
    ] as const) {
      const found = findNul(value, part === "body" ? [] : [part]);
      if (found) {
        const field = found.join(".") || "(body)";
        done(
          invalid(`${field}: must not contain NUL characters`, [
            { field, message: "must not contain NUL characters" },
          ]),
        );
        return;
      }
    }
    done();
  });
}
