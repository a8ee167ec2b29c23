import { describe, expect, it } from "vitest";
import { cadenceFor, defaultAgendaSettings, mergeSettings, stretchFactor, stretchLevel } from "./settings.js";

describe("agenda settings", () => {
  it("default to the documented cadences and windows", () => {
    expect(defaultAgendaSettings.cadenceDays).toEqual({
      prospect: 10,
      customer: 21,
      client: 45,
      advocate: 90,
      lost: null,
      not_a_fit: null,
    });
    expect(defaultAgendaSettings).toMatchObject({
      feedbackWindowDays: 10,
      renewalWindowDays: 45,
      agendaSize: 15,
      attemptsBeforeStretch: 3,
      ledgerWindowDays: 90,
    });
  });

  it("override only the fields given, stage by stage, ignoring undefined", () => {
    const merged = mergeSettings({
      cadenceDays: { client: 30, lost: 365 },
      agendaSize: 5,
      feedbackWindowDays: undefined,
    });
    expect(merged.cadenceDays).toMatchObject({ prospect: 10, client: 30, lost: 365 });
    expect(merged.agendaSize).toBe(5);
    expect(merged.feedbackWindowDays).toBe(10);
    expect(defaultAgendaSettings.cadenceDays.client).toBe(45);
  });

  it("layer a patch over other settings than the defaults", () => {
    const team = mergeSettings({ renewalWindowDays: 60 });
    expect(mergeSettings({ agendaSize: 3 }, team)).toMatchObject({ renewalWindowDays: 60, agendaSize: 3 });
  });

  it.each([
    ["client", null, 45],
    ["client", 14, 14],
    ["lost", null, null],
    ["lost", 180, 180],
    ["prospect", 0, null],
  ] as const)("gives a %s with override %s a cadence of %s days", (stage, override, expected) => {
    expect(cadenceFor(stage, override, defaultAgendaSettings)).toBe(expected);
  });

  it.each([
    [0, 0, 1],
    [2, 0, 1],
    [3, 1, 2],
    [5, 1, 2],
    [6, 2, 3],
    [30, 10, 3],
  ])("after %s unanswered touches stretches to level %s (×%s)", (unanswered, level, factor) => {
    expect(stretchLevel(unanswered, defaultAgendaSettings)).toBe(level);
    expect(stretchFactor(level, defaultAgendaSettings)).toBe(factor);
  });

  it("never stretches when attempts before stretch is zero", () => {
    expect(stretchLevel(10, mergeSettings({ attemptsBeforeStretch: 0 }))).toBe(0);
  });
});
