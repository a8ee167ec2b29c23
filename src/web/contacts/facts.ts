import type { components } from "../api/schema";
import { factKindLabels, keysOf, type FactKind } from "../components/vocabulary";

export type Fact = components["schemas"]["Fact"];

/** Facts grouped by kind, in the vocabulary's order; kinds with no fact are left out. */
export function groupFacts(facts: readonly Fact[]): { kind: FactKind; label: string; facts: Fact[] }[] {
  return keysOf(factKindLabels)
    .map((kind) => ({ kind, label: factKindLabels[kind], facts: facts.filter((f) => f.kind === kind) }))
    .filter((group) => group.facts.length > 0);
}
