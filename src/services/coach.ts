// The draft coach (P12) as a use case: the workspace's rule settings, and what we know about the
// contact the draft is for (stage, open concerns, a few facts, their name).
import type { CoachReport, CoachRequest, CoachRule, CoachSummary } from "../contract/coach.js";
import {
  lintDraft,
  ruleCatalog,
  type CoachConfig,
  type CoachContext,
  type DraftKind,
  type Finding,
} from "../domain/coach/index.js";
import { openConcerns } from "../domain/deals.js";
import { getContact } from "./contacts.js";
import type { Actor, Deps } from "./context.js";
import { listDeals } from "./deals.js";
import { listFacts } from "./facts.js";
import { readSettings } from "./settings.js";

/** Facts handed to the coach: enough to suggest a personal opening, not the whole profile. */
const maxFacts = 5;
const maxDeals = 50;

export function summarize(findings: readonly Finding[]): CoachSummary {
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const { severity } of findings) {
    if (severity === "error") summary.errors++;
    else if (severity === "warning") summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

/**
 * Lints a draft and counts the findings by severity. Pure: the CLI calls it without a database.
 * @example coachText("Just checking in!", "email").summary // { errors: 0, warnings: 2, infos: 1 }
 */
export function coachText(
  text: string,
  kind: DraftKind,
  context?: CoachContext,
  config?: CoachConfig,
): CoachReport {
  const findings = lintDraft(text, { kind, context, config });
  return { findings, summary: summarize(findings) };
}

/** What the coach should know about a contact of the actor's workspace (404 otherwise). */
export async function coachContextFor(deps: Deps, actor: Actor, contactId: string): Promise<CoachContext> {
  const [contact, deals, facts] = await Promise.all([
    getContact(deps, actor, contactId),
    listDeals(deps, actor, { contactId, limit: maxDeals, archived: "exclude" }),
    listFacts(deps, actor, { contactId, limit: maxFacts, sort: "-learnedOn", archived: "exclude" }),
  ]);
  const concerns = deals.items
    .filter((deal) => deal.stage !== "lost" && deal.stage !== "no_fit")
    .flatMap((deal) => openConcerns(deal).map((concern) => concern.text));
  return {
    stage: contact.stage,
    openConcerns: concerns,
    facts: facts.items.map((fact) => fact.text),
    contactName: contact.name,
  };
}

/** The workspace's coach settings: rules turned off, phrases added. */
export async function coachConfigFor(deps: Deps, actor: Actor): Promise<CoachConfig> {
  return (await readSettings(deps.store.db, actor.workspaceId)).coach;
}

/** Lints a draft with the workspace's settings, for a contact when one is given. */
export async function coachDraft(deps: Deps, actor: Actor, request: CoachRequest): Promise<CoachReport> {
  const [config, context] = await Promise.all([
    coachConfigFor(deps, actor),
    request.contactId === undefined ? undefined : coachContextFor(deps, actor, request.contactId),
  ]);
  return coachText(request.text, request.kind, context, config);
}

/** Every rule the coach knows, marked enabled unless the workspace turned it off. */
export async function coachRules(deps: Deps, actor: Actor): Promise<CoachRule[]> {
  const disabled = new Set((await coachConfigFor(deps, actor)).disabledRules ?? []);
  return ruleCatalog.map((rule) => ({ ...rule, enabled: !disabled.has(rule.id) }));
}
