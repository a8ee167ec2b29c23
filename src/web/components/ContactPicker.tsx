// Choosing a contact without loading the whole book: a search field narrows a plain select, which
// keeps the keyboard and screen-reader behaviour every browser already gets right.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../api/client";
import { Field, Select } from "./Field";
import { useContact } from "../contacts/queries";
import { useDebounced } from "./useDebounced";

interface Props {
  label?: string;
  value: string;
  onChange: (contactId: string) => void;
  error?: string | undefined;
  /** Offered as "no contact" when choosing one is optional. */
  noneLabel?: string;
}

export function ContactPicker({ label = "Contact", value, onChange, error, noneLabel }: Props) {
  const [search, setSearch] = useState("");
  const q = useDebounced(search.trim(), 300);
  const contacts = useQuery({
    queryKey: ["contacts", "picker", q],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET("/api/v1/contacts", {
          params: { query: { limit: 50, sort: "name", ...(q ? { q } : {}) } },
          signal,
        }),
      ),
  });
  const items = contacts.data?.items ?? [];
  // The chosen contact stays an option when a search (or the first page) leaves it out.
  const chosen = useContact(
    value !== "" && contacts.isSuccess && !items.some((c) => c.id === value) ? value : undefined,
  );
  const shown = chosen.data && !items.some((c) => c.id === value) ? [chosen.data.contact, ...items] : items;
  const options = [
    { value: "", label: contacts.isPending ? "Loading contacts…" : (noneLabel ?? "Choose a contact") },
    ...shown.map((c) => ({ value: c.id, label: c.name })),
  ];
  return (
    <div className="contact-picker">
      <Field
        label="Filter contacts by name"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        hint={contacts.isError ? "Contacts could not be loaded." : undefined}
      />
      <Select
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        options={options}
        error={error}
      />
    </div>
  );
}
