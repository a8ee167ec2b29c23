// Insights: how the relationships are doing, per salesperson and for the team, over a period
// (never a count of calls). Recharts is imported only from this folder, so it loads with this page.
import { useState } from "react";
import { Select } from "../components/Field";
import { Empty, ErrorState, Loading } from "../components/States";
import { usePageTitle } from "../components/usePageTitle";
import { formatDate, todayIn } from "../format";
import { useMe } from "../session";
import { GiveTakeChart, HealthChart, ShareChart, StageFlowChart, figuresOf, type Person } from "./charts";
import { useInsights, useMonthlyInsights, type Insights } from "./useInsights";
import { lastDays, presets } from "./period";

export default function InsightsPage() {
  usePageTitle("Insights");
  const me = useMe();
  const [days, setDays] = useState<number>(90);
  const [ownerId, setOwnerId] = useState("");
  const period = lastDays(todayIn(me.user.timeZone), days);
  const insights = useInsights(period);

  return (
    <>
      <header className="page-header">
        <h1>Insights</h1>
      </header>
      <div className="grid insights-controls no-print">
        <Select
          label="Window"
          value={String(days)}
          options={presets.map((p) => ({ value: String(p.days), label: p.label }))}
          onChange={(event) => setDays(Number(event.target.value))}
        />
        <Select
          label="Whose figures"
          value={ownerId}
          options={[
            { value: "", label: "Team" },
            ...(insights.data?.owners ?? []).map((o) => ({ value: o.ownerId, label: o.name })),
          ]}
          onChange={(event) => setOwnerId(event.target.value)}
        />
      </div>
      <p className="small muted">
        {formatDate(period.from)} to {formatDate(period.to)}, in {me.user.timeZone.replaceAll("_", " ")}.
      </p>
      {insights.isPending ? (
        <Loading label="Loading insights…" />
      ) : insights.isError ? (
        <ErrorState error={insights.error} retry={() => void insights.refetch()} />
      ) : insights.data.owners.length === 0 ? (
        <Empty title="Nothing to show yet">
          <p>Insights fill up as touches are logged: gives and asks, cadences kept, commitments met.</p>
        </Empty>
      ) : (
        <Charts insights={insights.data} ownerId={ownerId} period={period} />
      )}
    </>
  );
}

function Charts({
  insights,
  ownerId,
  period,
}: {
  insights: Insights;
  ownerId: string;
  period: { from: string; to: string };
}) {
  const monthly = useMonthlyInsights(period);
  const figures = figuresOf(insights, ownerId) ?? insights.team;
  const who = insights.owners.find((o) => o.ownerId === ownerId)?.name ?? "Team";
  const people: Person[] = [
    ...insights.owners.map((o) => ({ name: o.name, figures: o })),
    { name: "Team", figures: insights.team },
  ];
  return (
    <div className="grid insights">
      {monthly.pending ? (
        <Loading label="Loading give and take by month…" />
      ) : monthly.error ? (
        <ErrorState error={monthly.error} />
      ) : (
        <GiveTakeChart months={monthly.data} ownerId={ownerId} who={who} />
      )}
      <ShareChart
        title="Share of the book within cadence"
        people={people}
        unit="contacts"
        pick={(f) => ({ share: f.cadence.share, part: f.cadence.within, of: f.cadence.of })}
      />
      <ShareChart
        title="Commitments kept"
        people={people}
        unit="commitments due"
        pick={(f) => ({ share: f.commitments.share, part: f.commitments.kept, of: f.commitments.due })}
      />
      <HealthChart figures={figures} who={who} />
      <StageFlowChart figures={figures} who={who} />
    </div>
  );
}
