import { describe, expect, it } from "vitest";
import { groupFacts, type Fact } from "./facts";

function fact(id: string, kind: Fact["kind"]): Fact {
  const stamp = "2026-12-01T00:00:00.000Z";
  return {
    id,
    kind,
    text: id,
    contactId: "c",
    learnedOn: "2026-12-01",
    sourceTouchId: null,
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    archivedAt: null,
  };
}

describe("facts grouped by kind", () => {
  it("follows the vocabulary's order, keeps each group's order, and leaves out empty kinds", () => {
    const groups = groupFacts([
      fact("golf", "interest"),
      fact("tea", "preference"),
      fact("chess", "interest"),
    ]);
    expect(groups.map((g) => [g.label, g.facts.map((f) => f.id)])).toEqual([
      ["Preferences", ["tea"]],
      ["Interests", ["golf", "chess"]],
    ]);
  });

  it("is empty without facts", () => {
    expect(groupFacts([])).toEqual([]);
  });
});
