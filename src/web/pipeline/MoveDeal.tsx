// Moving a deal to another stage: a select and a button, asking for what the new stage needs
// (the agreed decision date for deciding; their needs before a solution), the API's word next to it.
import { useState } from "react";
import { ApiProblem } from "../api/problem";
import { Field, Select, TextArea } from "../components/Field";
import { FormError } from "../components/States";
import { todayIn } from "../format";
import { useMe } from "../session";
import { movesFrom, needsNeeds, stageLabel, type Deal, type DealStage } from "./stages";
import { useMoveDeal, type StageMove } from "./useDeals";

interface Props {
  deal: Deal;
  onMoved: (deal: Deal) => void;
}

export function MoveDeal({ deal, onMoved }: Props) {
  const me = useMe();
  const targets = movesFrom(deal.stage);
  // Nothing chosen at first: the card stays short until someone means to move it.
  const [stage, setStage] = useState<DealStage | "">("");
  const [decisionOn, setDecisionOn] = useState(deal.decisionOn ?? "");
  const [needs, setNeeds] = useState("");
  const [feedback, setFeedback] = useState("");
  const move = useMoveDeal(deal);
  const problem = move.error instanceof ApiProblem ? move.error : undefined;
  const askNeeds = stage !== "" && needsNeeds(stage) && !deal.needs?.trim();
  const askFeedback = (stage === "lost" || stage === "no_fit") && !deal.outcomeFeedback?.trim();
  // A refusal naming a field on screen is shown by that field; anything else, above the button.
  const onScreen = ["stage", ...(stage === "deciding" ? ["decisionOn"] : []), ...(askNeeds ? ["needs"] : [])];
  const shownByField = problem?.errors.some((e) => onScreen.some((f) => problem.forField(f) === e.message));

  function submit() {
    if (stage === "") return;
    const change: StageMove = { stage };
    if (stage === "deciding") change.decisionOn = decisionOn;
    if (askNeeds && needs.trim()) change.needs = needs.trim();
    if (askFeedback && feedback.trim()) change.outcomeFeedback = feedback.trim();
    move.mutate(change, { onSuccess: onMoved });
  }

  return (
    <form
      className="stack move-deal no-print"
      aria-label={`Move ${deal.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Select
        label="Move to"
        value={stage}
        options={[
          { value: "", label: "Choose a stage" },
          ...targets.map((s) => ({ value: s, label: stageLabel[s] })),
        ]}
        onChange={(event) => {
          setStage(event.target.value as DealStage | "");
          move.reset();
        }}
        error={problem?.forField("stage")}
      />
      {stage === "deciding" ? (
        <Field
          label="Agreed decision date"
          type="date"
          required
          min={todayIn(me.user.timeZone)}
          value={decisionOn}
          onChange={(event) => setDecisionOn(event.target.value)}
          error={problem?.forField("decisionOn")}
          hint="The day you both agreed to get back to each other with a decision."
        />
      ) : null}
      {askNeeds ? (
        <TextArea
          label="What they need, in their words"
          rows={2}
          value={needs}
          onChange={(event) => setNeeds(event.target.value)}
          error={problem?.forField("needs")}
        />
      ) : null}
      {askFeedback ? (
        <TextArea
          label="What they told us"
          rows={2}
          value={feedback}
          onChange={(event) => setFeedback(event.target.value)}
          hint="Optional: what made the difference for them."
        />
      ) : null}
      <FormError error={shownByField ? null : move.error} />
      <div>
        <button type="submit" disabled={move.isPending || stage === ""}>
          {move.isPending ? "Moving…" : "Move"}
        </button>
      </div>
    </form>
  );
}
