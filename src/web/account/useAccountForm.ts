// The submit path shared by setup, sign-in and joining: post, remember the session, go on.
import { useMutation } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";
import { useSignedIn, type Me } from "../session";

/** Where to go after signing in: back to the page the user was sent away from, if it is ours. */
export function useNextPath(): string {
  const [params] = useSearchParams();
  const next = params.get("next");
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/today";
}

export function useAccountForm<T>(send: (values: T) => Promise<Me>) {
  const signedIn = useSignedIn();
  const navigate = useNavigate();
  const next = useNextPath();
  return useMutation({
    mutationFn: send,
    onSuccess: (me) => {
      signedIn(me);
      void navigate(next, { replace: true });
    },
  });
}

export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) if (typeof value === "string") values[key] = value;
  return values;
}
