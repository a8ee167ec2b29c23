// What the coach noticed, in the API's order, each with its kinder rewrite one click away.
import { useId } from "react";
import { words } from "../format";
import { applySuggestion, isAboutWholeDraft, type Finding } from "./coachText";

interface Props {
  text: string;
  findings: Finding[];
  /** False while the list belongs to an older draft: its offsets no longer fit. */
  applicable: boolean;
  onApply: (next: string) => void;
}

const severityLabel = { error: "Must fix", warning: "Worth fixing", info: "Consider" } as const;

export function FindingList({ text, findings, applicable, onApply }: Props) {
  return (
    <ol className="list findings" aria-busy={!applicable}>
      {findings.map((finding) => (
        <FindingItem
          key={`${finding.rule}-${finding.start}-${finding.end}`}
          finding={finding}
          whole={isAboutWholeDraft(finding, text)}
          next={applicable ? applySuggestion(text, finding) : null}
          onApply={onApply}
        />
      ))}
    </ol>
  );
}

interface ItemProps {
  finding: Finding;
  whole: boolean;
  next: string | null;
  onApply: (next: string) => void;
}

function FindingItem({ finding, whole, next, onApply }: ItemProps) {
  const messageId = useId();
  return (
    <li className="finding stack">
      <div className="row">
        <span className={`badge severity-${finding.severity}`}>{severityLabel[finding.severity]}</span>
        <span className="small muted">{words(finding.rule.replaceAll("-", "_"))}</span>
      </div>
      <p className="finding-message" id={messageId}>
        {finding.message}
      </p>
      <p className="small">
        {whole ? (
          "About the whole draft. "
        ) : (
          <>
            On <q className="finding-excerpt">{finding.excerpt}</q>.{" "}
          </>
        )}
        {finding.suggestion}
      </p>
      {next !== null ? (
        <div>
          <button type="button" aria-describedby={messageId} onClick={() => onApply(next)}>
            {whole ? "Add this line" : "Use the kinder wording"}
          </button>
        </div>
      ) : null}
    </li>
  );
}
