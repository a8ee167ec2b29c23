import { describe, expect, it } from "vitest";
import {
  changedMapping,
  choicesFor,
  forgetMapping,
  initialChoices,
  loadMapping,
  saveMapping,
  storageKey,
  targetName,
  type CsvInspection,
  type InspectedColumn,
} from "./importMapping";

function column(header: string, more: Partial<InspectedColumn> = {}): InspectedColumn {
  return {
    header,
    target: "ignore",
    field: null,
    label: null,
    role: "value",
    group: null,
    samples: [],
    ...more,
  };
}

const csv = {
  columns: [
    column("First Name", { target: "given", field: "given" }),
    column("E-mail 1 - Label", { target: null, field: "email", role: "label", group: "e-mail 1" }),
    column("E-mail 1 - Value", { target: "email", field: "email", group: "e-mail 1" }),
    column("Mobile", { target: "phone:mobile", field: "phone", label: "mobile" }),
    column("Shoe size"),
  ],
  fields: ["given", "email", "phone", "notes", "ignore"],
} as unknown as CsvInspection;

class MemoryStore {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

describe("targetName", () => {
  it.each([
    ["given", "First name"],
    ["phone:mobile", "Phone (mobile)"],
    ["email:work:old", "Email (work:old)"],
    ["ignore", "Leave out"],
    ["unknown", "unknown"],
  ])("names %s as %s", (target, name) => {
    expect(targetName(target)).toBe(name);
  });
});

describe("choicesFor", () => {
  it("offers what was recognised first, then every field once", () => {
    expect(choicesFor(csv.columns[3]!, csv.fields)).toEqual([
      { value: "phone:mobile", label: "Phone (mobile) (recognised)" },
      { value: "given", label: "First name" },
      { value: "email", label: "Email" },
      { value: "phone", label: "Phone" },
      { value: "notes", label: "Notes" },
      { value: "ignore", label: "Leave out" },
    ]);
    expect(choicesFor(csv.columns[0]!, csv.fields).map((o) => o.value)).toEqual([
      "given",
      "email",
      "phone",
      "notes",
      "ignore",
    ]);
  });

  it("says what a label column does when no mapping entry can", () => {
    expect(choicesFor(csv.columns[1]!, csv.fields)[0]).toEqual({
      value: "",
      label: "Labels of E-mail 1 (recognised)",
    });
  });
});

describe("the mapping sent and kept", () => {
  it("starts from what was recognised, with a saved mapping over it", () => {
    expect(initialChoices(csv, null)).toEqual({
      "First Name": "given",
      "E-mail 1 - Label": "",
      "E-mail 1 - Value": "email",
      Mobile: "phone:mobile",
      "Shoe size": "ignore",
    });
    expect(initialChoices(csv, { "Shoe size": "notes", Elsewhere: "email" })["Shoe size"]).toBe("notes");
  });

  it("sends only the columns changed", () => {
    const choices = { ...initialChoices(csv, null), "Shoe size": "notes", Mobile: "phone:mobile" };
    expect(changedMapping(csv, choices)).toEqual({ "Shoe size": "notes" });
  });

  it("is kept per header set, in any order, and forgotten", () => {
    const store = new MemoryStore();
    expect(storageKey(["b", "a"])).toBe(storageKey(["a", "b"]));
    expect(loadMapping(store, ["a", "b"])).toBeNull();
    saveMapping(store, ["a", "b"], { a: "notes" });
    expect(loadMapping(store, ["b", "a"])).toEqual({ a: "notes" });
    expect(loadMapping(store, ["a", "b", "c"])).toBeNull();
    forgetMapping(store, ["a", "b"]);
    expect(loadMapping(store, ["a", "b"])).toBeNull();
  });

  it("reads nothing from a broken entry", () => {
    const store = new MemoryStore();
    store.setItem(storageKey(["a"]), "{not json");
    expect(loadMapping(store, ["a"])).toBeNull();
    store.setItem(storageKey(["a"]), '["a"]');
    expect(loadMapping(store, ["a"])).toBeNull();
  });
});
