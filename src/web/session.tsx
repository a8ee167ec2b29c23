// Who is signed in. The session answer (or null) lives in the query cache under one key, so
// signing in, signing out and an expired session all change it in one place.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useContext, type ReactNode } from "react";
import { api, rememberCsrfToken, unwrap } from "./api/client";
import { ApiProblem } from "./api/problem";
import type { components } from "./api/schema";

export type Me = components["schemas"]["Me"];

export const sessionKey = ["session"] as const;

async function fetchSession(): Promise<Me | null> {
  try {
    const me = unwrap(await api.GET("/api/v1/auth/session"));
    rememberCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return null;
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

const MeContext = createContext<Me | null>(null);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** The signed-in user: only inside the signed-in part of the app. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe outside a signed-in page");
  return me;
}

/** After setup, sign-in or joining: remember the session without asking the server again. */
export function useSignedIn() {
  const client = useQueryClient();
  return (me: Me) => {
    rememberCsrfToken(me.csrfToken);
    client.setQueryData(sessionKey, me);
  };
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api.POST("/api/v1/auth/logout");
    rememberCsrfToken(null);
    client.clear();
    client.setQueryData(sessionKey, null);
  };
}
