// The API's closed vocabularies as the user reads them. Each list is a Record over the generated
// type, so a value added on the server fails the typecheck here until it has a label.
import type { components } from "../api/schema";
import type { Option } from "./Field";

type Schemas = components["schemas"];
export type Stage = Schemas["Contact"]["stage"];
export type Channel = Schemas["Touch"]["channel"];
export type Intent = Schemas["Touch"]["intent"];
export type Direction = Schemas["Touch"]["direction"];
export type Step = Schemas["Touch"]["steps"][number];
export type FactKind = Schemas["Fact"]["kind"];

export const stageLabels: Record<Stage, string> = {
  prospect: "Prospect",
  customer: "Customer",
  client: "Client",
  advocate: "Advocate",
  lost: "Lost",
  not_a_fit: "Not a fit",
};

/** Warmest first, as the method ranks them. */
export const channelLabels: Record<Channel, string> = {
  in_person: "In person",
  video: "Video",
  call: "Call",
  handwritten: "Handwritten note",
  message: "Message",
  email: "Email",
  gift: "Gift",
  event: "Event",
};

export const intentLabels: Record<Intent, string> = {
  give: "Give (no ask)",
  ask: "Ask",
  service: "Service",
};

export const directionLabels: Record<Direction, string> = {
  outbound: "We reached out",
  inbound: "They reached out",
};

/** In conversation order. */
export const stepLabels: Record<Step, string> = {
  rapport: "Rapport",
  listening: "Listening",
  needs: "Needs understood",
  solution: "Solution presented",
  decision: "Decision",
};

export const factKindLabels: Record<FactKind, string> = {
  preference: "Preferences",
  interest: "Interests",
  goal: "Goals",
  challenge: "Challenges",
  family: "Family",
  life_event: "Life events",
  how_we_met: "How we met",
  current: "What's going on now",
};

/** A label map as select options, in the map's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): Option[] {
  return Object.entries<string>(labels).map(([value, label]) => ({ value, label }));
}

export function keysOf<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}

/** The badge classes for an intent: gives and asks have their own colours, service the default. */
export function intentBadge(intent: Intent): string {
  return intent === "service" ? "badge" : `badge badge-${intent}`;
}
