// The one way the web app talks to Rapport: the public API, typed from its own OpenAPI document
// (schema.d.ts is generated: `npm run api:types`). Cookie sessions send the CSRF token on writes.
import createClient, { type Middleware } from "openapi-fetch";
import { ApiProblem } from "./problem";
import type { paths } from "./schema";

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};

/** Remembered from sign-in, setup and the session answer; sent as x-csrf-token on writes. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a signed-in request answers 401: the session expired or was revoked. */
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

const session: Middleware = {
  onRequest({ request }) {
    if (request.method !== "GET" && csrfToken) request.headers.set("x-csrf-token", csrfToken);
    return request;
  },
  onResponse({ response, schemaPath }) {
    const signingIn = schemaPath.startsWith("/api/v1/auth/") || schemaPath.startsWith("/api/v1/setup");
    if (response.status === 401 && !signingIn && !schemaPath.includes("/accept")) onUnauthenticated();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: "", credentials: "same-origin" });
api.use(session);

/** The data of an answer, or its problem thrown as an ApiProblem (for TanStack Query to hold). */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new ApiProblem(result.response.status, result.error);
}
