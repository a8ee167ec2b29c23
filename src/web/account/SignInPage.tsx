import { useQuery } from "@tanstack/react-query";
import { Navigate } from "react-router";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { Field } from "../components/Field";
import { FormError, Loading } from "../components/States";
import { useSessionQuery } from "../session";
import { AuthFrame } from "./AuthFrame";
import { formValues, useAccountForm, useNextPath } from "./useAccountForm";

export function SignInPage() {
  const session = useSessionQuery();
  const setup = useQuery({
    queryKey: ["setup"],
    queryFn: async () => unwrap(await api.GET("/api/v1/setup")),
  });
  const next = useNextPath();
  const signIn = useAccountForm(async (body: { email: string; password: string }) =>
    unwrap(await api.POST("/api/v1/auth/login", { body })),
  );

  if (session.data) return <Navigate to={next} replace />;
  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  if (setup.isPending) return <Loading />;
  const problem = signIn.error instanceof ApiProblem ? signIn.error : undefined;

  return (
    <AuthFrame title="Sign in">
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const { email = "", password = "" } = formValues(event.currentTarget);
          signIn.mutate({ email, password });
        }}
      >
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          required
          error={problem?.forField("email")}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={problem?.forField("password")}
        />
        <FormError error={signIn.error} />
        <button type="submit" className="button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </AuthFrame>
  );
}
