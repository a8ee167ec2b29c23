// Pipeline: deals by truth-based stage (P8). A deal moves when the client has told us something,
// so each move goes through the API's stage rules and shows what they asked for.
import { useState } from "react";
import { Empty, ErrorState, Loading } from "../components/States";
import { usePageTitle } from "../components/usePageTitle";
import { plural } from "../format";
import { AddDeal } from "./AddDeal";
import { DealCard } from "./DealCard";
import { totalOf } from "./amounts";
import { closedStages, openStages, stageLabel, stageMeaning, type Deal, type DealStage } from "./stages";
import { useDeals } from "./useDeals";

export default function PipelinePage() {
  usePageTitle("Pipeline");
  const deals = useDeals();
  const [news, setNews] = useState<{ text: string; warnings: string[] } | null>(null);
  const moved = (deal: Deal) =>
    setNews({
      text: `“${deal.title}” is now in ${stageLabel[deal.stage].toLowerCase()}.`,
      warnings: (deal.warnings ?? []).map((w) => w.message),
    });
  const added = (deal: Deal) => setNews({ text: `Added “${deal.title}” to exploring.`, warnings: [] });

  return (
    <>
      <header className="page-header">
        <h1>Pipeline</h1>
        <AddDeal onAdded={added} />
      </header>
      <div role="status" aria-live="polite" className="pipeline-news">
        {news ? (
          <div className="stack">
            <p>{news.text}</p>
            {news.warnings.map((w) => (
              <p key={w} className="warning small">
                {w}
              </p>
            ))}
          </div>
        ) : null}
      </div>
      {deals.isPending ? (
        <Loading label="Loading deals…" />
      ) : deals.isError ? (
        <ErrorState error={deals.error} retry={() => void deals.refetch()} />
      ) : deals.data.length === 0 ? (
        <Empty title="No deals yet">
          <p>
            Add a deal when someone tells you about something they want to get done. It starts in exploring
            and moves ahead only on what they tell you.
          </p>
        </Empty>
      ) : (
        <>
          <h2>In progress</h2>
          <Board stages={openStages} deals={deals.data} onMoved={moved} />
          <h2 className="section">Closed</h2>
          <Board stages={closedStages} deals={deals.data} onMoved={moved} />
        </>
      )}
    </>
  );
}

interface BoardProps {
  stages: readonly DealStage[];
  deals: Deal[];
  onMoved: (deal: Deal) => void;
}

function Board({ stages, deals, onMoved }: BoardProps) {
  return (
    <div className="board">
      {stages.map((stage) => {
        const here = deals.filter((d) => d.stage === stage);
        const total = totalOf(here);
        return (
          <section key={stage} className="board-column stack" aria-labelledby={`stage-${stage}`}>
            <header>
              <h3 id={`stage-${stage}`} className="board-column-title">
                {stageLabel[stage]} <span className="muted small">({plural(here.length, "deal")})</span>
              </h3>
              <p className="small muted">{stageMeaning[stage]}</p>
              {total ? <p className="small">Worth {total} in all</p> : null}
            </header>
            {here.map((deal) => (
              <DealCard key={deal.id} deal={deal} onMoved={onMoved} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
