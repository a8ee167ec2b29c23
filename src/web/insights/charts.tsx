// The insight charts. Colours are the design tokens; every chart fits a 375 px phone.
import { Bar, BarChart, CartesianGrid, Cell, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate, plural, words } from "../format";
import { ChartFigure } from "./ChartFigure";
import type { Figures, MonthFigures } from "./useInsights";

const axis = { fontSize: 12, stroke: "var(--color-muted)" };

export interface Person {
  name: string;
  figures: Figures;
}

/** Picks the figures of one person (ownerId) or the team ("") out of an answer. */
export function figuresOf(insights: MonthFigures["insights"], ownerId: string): Figures | undefined {
  return ownerId ? insights.owners.find((o) => o.ownerId === ownerId) : insights.team;
}

export function GiveTakeChart({
  months,
  ownerId,
  who,
}: {
  months: MonthFigures[];
  ownerId: string;
  who: string;
}) {
  const data = months.map(({ month, insights }) => {
    const g = figuresOf(insights, ownerId)?.giveTake;
    return { label: month.label, give: g?.give ?? 0, ask: g?.ask ?? 0, service: g?.service ?? 0 };
  });
  const total = data.reduce((sum, d) => ({ give: sum.give + d.give, ask: sum.ask + d.ask }), {
    give: 0,
    ask: 0,
  });
  return (
    <ChartFigure
      title="Give and take over time"
      summary={`${who}: ${plural(total.give, "give")} and ${plural(total.ask, "ask")} over the window, month by month. More gives than asks is the aim.`}
      table={{
        columns: ["Month", "Gives", "Asks", "Services"],
        rows: data.map((d) => [d.label, d.give, d.ask, d.service]),
      }}
    >
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" />
        <XAxis dataKey="label" tick={axis} />
        <YAxis allowDecimals={false} tick={axis} />
        <Tooltip />
        <Legend />
        <Bar dataKey="give" name="Gives" fill="var(--color-give)" />
        <Bar dataKey="ask" name="Asks" fill="var(--color-ask)" />
        <Bar dataKey="service" name="Services" fill="var(--color-accent)" />
      </BarChart>
    </ChartFigure>
  );
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
const shown = (share: number | null) => (share === null ? "no data" : `${percent(share)}%`);

interface ShareProps {
  title: string;
  people: Person[];
  /** The share (0..1, or null when nothing counted) and what it is out of, for each person. */
  pick: (f: Figures) => { share: number | null; part: number; of: number };
  unit: string;
}

/** One bar per person and one for the team: a share of 100 %. */
export function ShareChart({ title, people, pick, unit }: ShareProps) {
  const data = people.map((p) => ({ name: p.name, ...pick(p.figures) }));
  const team = data.at(-1);
  return (
    <ChartFigure
      title={title}
      summary={team ? `Team: ${shown(team.share)} (${team.part} of ${team.of} ${unit}).` : "No figures yet."}
      table={{
        columns: ["Who", "Share", "Count"],
        rows: data.map((d) => [d.name, shown(d.share), `${d.part} of ${d.of}`]),
      }}
    >
      <BarChart
        accessibilityLayer={false}
        data={data.map((d) => ({ name: d.name, share: percent(d.share) ?? 0 }))}
        layout="vertical"
        margin={{ top: 8, right: 16, left: 8, bottom: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" />
        <XAxis type="number" domain={[0, 100]} unit="%" tick={axis} />
        <YAxis type="category" dataKey="name" width={90} tick={axis} />
        <Tooltip />
        <Bar dataKey="share" name="Share" unit="%" fill="var(--color-accent)" maxBarSize={28} />
      </BarChart>
    </ChartFigure>
  );
}

const stageColours: Record<string, string> = {
  prospect: "var(--color-accent)",
  customer: "var(--color-give)",
  client: "var(--color-accent-strong)",
  advocate: "var(--color-warn)",
  lost: "var(--color-danger)",
  not_a_fit: "var(--color-muted)",
};

export function StageFlowChart({ figures, who }: { figures: Figures; who: string }) {
  const stages = Object.keys(stageColours);
  const data = figures.stageFlow.map((m) => ({
    month: formatDate(`${m.month}-01`, { month: "short", year: "2-digit" }),
    promoted: m.promoted,
    ...m.into,
  }));
  const promoted = data.reduce((sum, d) => sum + d.promoted, 0);
  return (
    <ChartFigure
      title="Stage flow"
      summary={`${who}: contacts moving into each relationship stage per month; ${promoted} moved up over the window.`}
      table={{
        columns: ["Month", ...stages.map((s) => `Into ${words(s)}`), "Moved up"],
        rows: data.map((d) => [
          d.month,
          ...stages.map((s) => (d as Record<string, number | string>)[s] ?? 0),
          d.promoted,
        ]),
      }}
    >
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" />
        <XAxis dataKey="month" tick={axis} />
        <YAxis allowDecimals={false} tick={axis} />
        <Tooltip />
        <Legend />
        {stages.map((s) => (
          <Bar key={s} dataKey={s} name={words(s)} stackId="into" fill={stageColours[s]} />
        ))}
      </BarChart>
    </ChartFigure>
  );
}

const bandColours: Record<string, string> = {
  strong: "var(--color-give)",
  steady: "var(--color-accent)",
  cooling: "var(--color-warn)",
  cold: "var(--color-danger)",
};

/** How many live contacts sit in each health band today (whatever the window). */
export function HealthChart({ figures, who }: { figures: Figures; who: string }) {
  const { bands, median } = figures.health;
  const data = bands.map((b) => ({
    band: `${words(b.band)} (${b.from}–${b.to})`,
    key: b.band,
    contacts: b.contacts,
  }));
  const total = bands.reduce((sum, b) => sum + b.contacts, 0);
  return (
    <ChartFigure
      title="Relationship health today"
      summary={
        total === 0
          ? `${who}: no contacts yet.`
          : `${who}: ${plural(total, "contact")} by health band; the median health is ${median ?? "–"} of 100.`
      }
      table={{ columns: ["Band", "Contacts"], rows: data.map((d) => [d.band, d.contacts]) }}
    >
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" />
        <XAxis dataKey="key" tick={axis} />
        <YAxis allowDecimals={false} tick={axis} />
        <Tooltip />
        <Bar dataKey="contacts" name="Contacts">
          {data.map((d) => (
            <Cell key={d.key} fill={bandColours[d.key] ?? "var(--color-accent)"} />
          ))}
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
