// Your name and time zone: the time zone decides what "today" is for your agenda and every date shown.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { Field, Select } from "../components/Field";
import { sessionKey, useMe, useSignedIn } from "../session";
import { SaveRow } from "./SaveRow";

function timeZones(current: string): string[] {
  const known = Intl.supportedValuesOf("timeZone");
  // Intl lists UTC under no name of its own in some engines; keep whatever the account has.
  return known.includes(current) ? known : [current, ...known];
}

export function ProfileSettings() {
  const me = useMe();
  const signedIn = useSignedIn();
  const client = useQueryClient();
  const [name, setName] = useState(me.user.name);
  const [timeZone, setTimeZone] = useState(me.user.timeZone);
  const zones = useMemo(
    () => timeZones(me.user.timeZone).map((z) => ({ value: z, label: z.replaceAll("_", " ") })),
    [me.user.timeZone],
  );
  const save = useMutation({
    mutationFn: async () => unwrap(await api.PATCH("/api/v1/me", { body: { name, timeZone } })),
    onSuccess: (changed) => {
      signedIn(changed);
      // "Today" and every window of dates follow the zone: what was fetched in the old one is stale.
      void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    },
  });
  const problem = save.error instanceof ApiProblem ? save.error : undefined;
  const unchanged = name === me.user.name && timeZone === me.user.timeZone;

  return (
    <section className="card stack" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Field
          label="Name"
          required
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={problem?.forField("name")}
        />
        <Select
          label="Time zone"
          value={timeZone}
          options={zones}
          onChange={(event) => setTimeZone(event.target.value)}
          error={problem?.forField("timeZone")}
          hint="Your agenda's days, and every date and time you see, follow this zone."
        />
        <p className="small muted">Signed in as {me.user.email}.</p>
        <SaveRow label="Save profile" save={save} unchanged={unchanged} />
      </form>
    </section>
  );
}
