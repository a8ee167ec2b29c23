// Joining a workspace from an invitation link (/join/{token}).
import { useParams } from "react-router";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { Field } from "../components/Field";
import { FormError } from "../components/States";
import { AuthFrame } from "./AuthFrame";
import { formValues, useAccountForm } from "./useAccountForm";

export function AcceptInvitePage() {
  const { token = "" } = useParams();
  const join = useAccountForm(async (body: { email: string; password: string; name: string }) =>
    unwrap(await api.POST("/api/v1/invites/{token}/accept", { params: { path: { token } }, body })),
  );
  const problem = join.error instanceof ApiProblem ? join.error : undefined;
  return (
    <AuthFrame
      title="Join your team"
      intro={
        <p>
          You were invited to a Rapport workspace. Create your account, or give the password of the one you
          have.
        </p>
      }
    >
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const v = formValues(event.currentTarget);
          join.mutate({ name: v.name ?? "", email: v.email ?? "", password: v.password ?? "" });
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
          error={problem?.forField("password")}
        />
        <FormError error={join.error} />
        <button type="submit" className="button-primary" disabled={join.isPending}>
          {join.isPending ? "Joining…" : "Join"}
        </button>
      </form>
    </AuthFrame>
  );
}
