// NUL characters cannot be stored as text (PostgreSQL refuses them) and never belong in CRM
// data; refuse them at the edge, naming the field, before any schema or query sees them.
import type { FastifyInstance } from "fastify";
import { invalid } from "../errors.js";

function findNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const found = findNul(key, [...path, key]) ?? findNul(child, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export function refuseNulCharacters(app: FastifyInstance) {
  app.addHook("preValidation", (request, _reply, done) => {
    for (const [part, value] of [
      ["params", request.params],
      ["query", request.query],
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
