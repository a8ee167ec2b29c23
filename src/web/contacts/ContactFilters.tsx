// Filters and sort for the contact list, read from and written to the URL's query string.
import type { SetURLSearchParams } from "react-router";
import { Field, Select } from "../components/Field";
import { optionsOf, stageLabels } from "../components/vocabulary";
import { useMembers, useOrganizationOptions } from "./queries";

const sorts = [
  { value: "name", label: "Name A–Z" },
  { value: "-name", label: "Name Z–A" },
  { value: "-updatedAt", label: "Recently changed" },
  { value: "-createdAt", label: "Newest" },
  { value: "createdAt", label: "Oldest" },
];

interface Props {
  params: URLSearchParams;
  setParams: SetURLSearchParams;
}

export function ContactFilters({ params, setParams }: Props) {
  const members = useMembers();
  const organizations = useOrganizationOptions();
  // Typing a tag replaces the history entry instead of adding one per key.
  const set = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key === "tag" },
    );
  const any = { value: "", label: "Any" };
  return (
    <div className="form-grid filters">
      <Select
        label="Stage"
        options={[any, ...optionsOf(stageLabels)]}
        value={params.get("stage") ?? ""}
        onChange={(e) => set("stage", e.target.value)}
      />
      <Field label="Tag" value={params.get("tag") ?? ""} onChange={(e) => set("tag", e.target.value)} />
      <Select
        label="Owner"
        options={[any, ...(members.data ?? []).map((m) => ({ value: m.id, label: m.name }))]}
        value={params.get("ownerId") ?? ""}
        onChange={(e) => set("ownerId", e.target.value)}
      />
      <Select
        label="Organization"
        options={[any, ...(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }))]}
        value={params.get("organizationId") ?? ""}
        onChange={(e) => set("organizationId", e.target.value)}
      />
      <Select
        label="Sort"
        options={sorts}
        value={params.get("sort") ?? "name"}
        onChange={(e) => set("sort", e.target.value === "name" ? "" : e.target.value)}
      />
    </div>
  );
}
