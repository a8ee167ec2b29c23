// Today: who to talk to, why, and how to open. `?date=YYYY-MM-DD` looks at another day.
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { api, unwrap } from "../api/client";
import type { components } from "../api/schema";
import { Empty, ErrorState, Loading } from "../components/States";
import { usePageTitle } from "../components/usePageTitle";
import { agendaKey } from "../contacts/queries";
import { formatDate, plural } from "../format";
import { AgendaItem } from "./AgendaItem";
import { LaterItems } from "./LaterItems";

type Agenda = components["schemas"]["Agenda"];

export default function TodayPage() {
  usePageTitle("Today");
  const [params, setParams] = useSearchParams();
  const date = params.get("date") ?? undefined;
  const agenda = useQuery({
    queryKey: [...agendaKey, date ?? "today"],
    queryFn: async () => unwrap(await api.GET("/api/v1/agenda", { params: { query: date ? { date } : {} } })),
  });

  return (
    <>
      <header className="page-header">
        <h1>Today</h1>
        {agenda.data ? (
          <p className="muted">
            {formatDate(agenda.data.date, { dateStyle: "full" })} ·{" "}
            {plural(agenda.data.items.length, "person", "people")} to talk to
          </p>
        ) : null}
        <div className="row today-day no-print">
          <label htmlFor="agenda-day">Day</label>
          <input
            id="agenda-day"
            type="date"
            value={date ?? agenda.data?.date ?? ""}
            onChange={(e) => setParams(e.target.value ? { date: e.target.value } : {})}
          />
          {date ? <Link to="/today">Back to today</Link> : null}
        </div>
      </header>
      {agenda.isPending ? <Loading label="Loading your agenda…" /> : null}
      {agenda.isError ? <ErrorState error={agenda.error} retry={() => void agenda.refetch()} /> : null}
      {agenda.data ? <AgendaLists agenda={agenda.data} /> : null}
    </>
  );
}

function AgendaLists({ agenda }: { agenda: Agenda }) {
  if (agenda.items.length === 0 && agenda.laterTotal === 0) return <EmptyAgenda />;
  return (
    <>
      <ol className="agenda" aria-label="Agenda">
        {agenda.items.map((item) => (
          <li key={item.contactId}>
            <AgendaItem item={item} date={agenda.date} />
          </li>
        ))}
      </ol>
      {agenda.laterTotal > 0 ? (
        <details className="section later">
          <summary>
            <h2>Later ({agenda.laterTotal})</h2>
          </summary>
          <LaterItems agenda={agenda} />
        </details>
      ) : null}
    </>
  );
}

function EmptyAgenda() {
  return (
    <Empty title="Nobody is due today.">
      <p>The agenda fills up from your book:</p>
      <ul>
        <li>
          <Link to="/contacts">Add contacts</Link> and set their stage: each stage has a cadence (how often to
          be in touch), which you can change per contact or in <Link to="/settings">Settings</Link>.
        </li>
        <li>Log touches (press n): the next one falls due when the cadence runs out.</li>
        <li>
          Confirm the personal matters read from your notes: you are reminded to ask about them after the
          date.
        </li>
        <li>Agree a date to get back to each other, and add contracts: renewals come up well ahead.</li>
      </ul>
    </Empty>
  );
}
