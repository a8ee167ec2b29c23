// The brief's sections in the order a call goes: why we call, who they are now, what is open,
// then what to ask and how to answer. Empty parts say so rather than vanish.
import type { ReactNode } from "react";
import { formatDate, plural, words } from "../format";
import type { components } from "../api/schema";

type Brief = components["schemas"]["Brief"];

function Part({ title, empty, children }: { title: string; empty?: string | false; children?: ReactNode }) {
  return (
    <section className="brief-part">
      <h2>{title}</h2>
      {empty ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

const planLabel = {
  rapport: "Rapport",
  listening: "Listening",
  needs: "Needs",
  solution: "Solution",
} as const;
const getBackWhen = { past: "was", today: "is today,", upcoming: "is" } as const;

export function BriefSections({ brief }: { brief: Brief }) {
  const { ledger, health } = brief;
  return (
    <div className="brief-parts">
      <section className="brief-part brief-goal">
        <h2>Goal of the call</h2>
        <p>{brief.goal}</p>
      </section>
      {brief.warnings.map((w) => (
        <p key={w.code} className="warning">
          {w.message}
        </p>
      ))}
      <Part title="What we know" empty={brief.lifeNow.length === 0 && "Nothing noted about their life yet."}>
        <ul>
          {brief.lifeNow.map((fact) => (
            <li key={`${fact.kind}-${fact.text}`}>
              {fact.text}{" "}
              <span className="muted small">
                ({words(fact.kind)}, {formatDate(fact.learnedOn)})
              </span>
            </li>
          ))}
        </ul>
      </Part>
      <Part title="What's going on">
        <p>
          {health ? `Health ${health.score} of 100. ` : ""}
          Lately we gave {plural(ledger.give, "time")}, asked {plural(ledger.ask, "time")} and helped{" "}
          {plural(ledger.service, "time")} (balance{" "}
          {ledger.balance > 0 ? `+${ledger.balance}` : ledger.balance}).
        </p>
        {health ? (
          <ul className="small">
            {health.parts.map((p) => (
              <li key={p.key}>
                {words(p.key)}: {p.score} — {p.detail}
              </li>
            ))}
          </ul>
        ) : null}
        {brief.lastTouches.length > 0 ? (
          <>
            <h3>Last touches</h3>
            <ul>
              {brief.lastTouches.map((t) => (
                <li key={t.touchId}>
                  {formatDate(t.on)}, {words(t.channel)} ({words(t.intent)}, {t.direction}): {t.summary}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">No touches logged yet.</p>
        )}
      </Part>
      <Part
        title="Open personal matters"
        empty={brief.openMatters.length === 0 && "No open personal matters."}
      >
        <ul>
          {brief.openMatters.map((m) => (
            <li key={m.matterId}>
              {m.summary}
              {m.eventOn ? ` (${formatDate(m.eventOn)})` : ""}. <em>Ask:</em> {m.askAbout}
            </li>
          ))}
        </ul>
      </Part>
      <Part
        title="Needs and open concerns"
        empty={
          brief.needs.length === 0 && brief.openConcerns.length === 0 && "No needs or concerns on record."
        }
      >
        <ul>
          {brief.needs.map((n) => (
            <li key={`need-${n.dealTitle}`}>
              <strong>{n.dealTitle}</strong> ({words(n.stage)}): {n.needs}
            </li>
          ))}
          {brief.openConcerns.map((c) => (
            <li key={`concern-${c.dealTitle}-${c.text}`}>
              Concern on <strong>{c.dealTitle}</strong>: {c.text}
            </li>
          ))}
        </ul>
      </Part>
      <Part
        title="Last agreed next step"
        empty={!brief.lastGetBack && "No date agreed to get back to each other."}
      >
        {brief.lastGetBack ? (
          <p>
            The date we agreed to get back to each other {getBackWhen[brief.lastGetBack.when]}{" "}
            {formatDate(brief.lastGetBack.on)}.
          </p>
        ) : null}
      </Part>
      <Part
        title="Questions worth asking"
        empty={brief.questionsToAsk.length === 0 && "No questions suggested."}
      >
        <ul>
          {brief.questionsToAsk.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </Part>
      <Part title="Call plan">
        <ol>
          {brief.plan.map((step) => (
            <li key={step.step}>
              <strong>{planLabel[step.step]}:</strong> {step.doThis}
              {step.avoid ? <span className="muted"> Avoid: {step.avoid}</span> : null}
            </li>
          ))}
        </ol>
      </Part>
      <Part
        title="Likely answers and our response"
        empty={brief.likelyAnswers.length === 0 && "Nothing to prepare."}
      >
        <dl className="brief-answers">
          {brief.likelyAnswers.map((a) => (
            <div key={a.theyMaySay}>
              <dt>
                They may say: “{a.theyMaySay}”
                {a.source === "past" ? <span className="muted small"> (said before)</span> : null}
              </dt>
              <dd>We respond: {a.weRespond}</dd>
            </div>
          ))}
        </dl>
      </Part>
    </div>
  );
}
