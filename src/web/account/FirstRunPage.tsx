// First run: nobody has an account yet. The first person creates the workspace and owns it.
import { useQuery } from "@tanstack/react-query";
import { Navigate } from "react-router";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { Field } from "../components/Field";
import { FormError, Loading } from "../components/States";
import { AuthFrame } from "./AuthFrame";
import { formValues, useAccountForm } from "./useAccountForm";

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function FirstRunPage() {
  const setup = useQuery({
    queryKey: ["setup"],
    queryFn: async () => unwrap(await api.GET("/api/v1/setup")),
  });
  const create = useAccountForm(
    async (body: {
      email: string;
      password: string;
      name: string;
      workspaceName: string;
      timeZone: string;
    }) => unwrap(await api.POST("/api/v1/setup", { body })),
  );
  if (setup.isPending) return <Loading />;
  if (setup.data && !setup.data.needed && !create.isSuccess) return <Navigate to="/signin" replace />;
  const problem = create.error instanceof ApiProblem ? create.error : undefined;

  return (
    <AuthFrame
      title="Welcome to Rapport"
      intro={
        <p>Create the first account. You will own the workspace and can invite your team from Settings.</p>
      }
    >
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const v = formValues(event.currentTarget);
          create.mutate({
            name: v.name ?? "",
            email: v.email ?? "",
            password: v.password ?? "",
            workspaceName: v.workspaceName ?? "",
            timeZone: browserTimeZone,
          });
        }}
      >
        <Field label="Your name" name="name" autoComplete="name" required error={problem?.forField("name")} />
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
          autoComplete="new-password"
          minLength={10}
          required
          hint="At least 10 characters."
          error={problem?.forField("password")}
        />
        <Field
          label="Team or workspace name"
          name="workspaceName"
          required
          error={problem?.forField("workspaceName")}
        />
        <p className="field-hint">
          Your time zone: {browserTimeZone}. The agenda starts each day at your local midnight.
        </p>
        <FormError error={create.error} />
        <button type="submit" className="button-primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create account"}
        </button>
      </form>
    </AuthFrame>
  );
}
