// Quick add: a name is enough; email, stage and organization are optional. The API's field errors
// appear next to the fields they name.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { Field, Select } from "../components/Field";
import { FormError } from "../components/States";
import { optionsOf, stageLabels, type Stage } from "../components/vocabulary";
import { contactKeys, useOrganizationOptions } from "./queries";

/** The message for a field or any of its items ("emails" also answers for "emails.0"). */
function errorFor(problem: ApiProblem | undefined, field: string): string | undefined {
  return problem?.errors.find((e) => e.field.split(/[.[\]]/).includes(field))?.message;
}

export function QuickAddContact() {
  const client = useQueryClient();
  const headingId = useId();
  const organizations = useOrganizationOptions();
  const [form, setForm] = useState({ name: "", email: "", stage: "prospect" as Stage, organizationId: "" });
  const add = useMutation({
    mutationFn: async () => {
      const body = {
        name: form.name,
        stage: form.stage,
        ...(form.email.trim() ? { emails: [form.email.trim()] } : {}),
        ...(form.organizationId ? { organizationId: form.organizationId } : {}),
      };
      return unwrap(await api.POST("/api/v1/contacts", { body }));
    },
    onSuccess: () => {
      setForm((f) => ({ ...f, name: "", email: "" }));
      return client.invalidateQueries({ queryKey: contactKeys.lists });
    },
  });
  const problem = add.error instanceof ApiProblem ? add.error : undefined;
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Add a contact</h2>
      <form
        className="stack"
        aria-labelledby={headingId}
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate();
        }}
      >
        <div className="form-grid">
          <Field
            label="Name"
            required
            value={form.name}
            onChange={set("name")}
            error={errorFor(problem, "name")}
          />
          <Field
            label="Email"
            type="email"
            value={form.email}
            onChange={set("email")}
            error={errorFor(problem, "emails")}
          />
          <Select
            label="Stage"
            options={optionsOf(stageLabels)}
            value={form.stage}
            onChange={set("stage")}
            error={errorFor(problem, "stage")}
          />
          <Select
            label="Organization"
            options={[
              { value: "", label: "None" },
              ...(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
            ]}
            value={form.organizationId}
            onChange={set("organizationId")}
            error={errorFor(problem, "organizationId")}
          />
        </div>
        <FormError error={add.error} />
        {add.data ? (
          <p role="status">
            Added <Link to={`/contacts/${add.data.id}`}>{add.data.name}</Link>.
          </p>
        ) : null}
        <div className="row">
          <button type="submit" className="button-primary" disabled={add.isPending}>
            {add.isPending ? "Adding…" : "Add contact"}
          </button>
        </div>
      </form>
    </section>
  );
}
