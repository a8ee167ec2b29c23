// The draft mirrored as text with each finding's stretch marked. React renders every segment as
// text, so a draft containing HTML stays words on the screen.
import { segmentsOf, worstOf, type Finding } from "./coachText";

interface Props {
  text: string;
  findings: Finding[];
  labelledBy: string;
}

export function DraftPreview({ text, findings, labelledBy }: Props) {
  return (
    <div className="draft-preview" role="group" aria-labelledby={labelledBy}>
      {segmentsOf(text, findings).map((segment, index) =>
        segment.findings.length === 0 ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <mark
            key={index}
            className={`finding-mark finding-${worstOf(segment.findings)}`}
            title={segment.findings.map((f) => f.message).join("\n")}
          >
            {segment.text}
          </mark>
        ),
      )}
    </div>
  );
}
