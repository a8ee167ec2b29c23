// Adding a deal: who it is with and what it is called; it starts in exploring, as every deal does.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../api/client";
import { ApiProblem } from "../api/problem";
import { ContactPicker } from "../components/ContactPicker";
import { Dialog } from "../components/Dialog";
import { Field } from "../components/Field";
import { FormError } from "../components/States";
import { dealsKey } from "./useDeals";
import type { Deal } from "./stages";

export function AddDeal({ onAdded }: { onAdded: (deal: Deal) => void }) {
  const [open, setOpen] = useState(false);
  const [contactId, setContactId] = useState("");
  const [title, setTitle] = useState("");
  const [amount, setAmount] = useState("");
  const [currency, setCurrency] = useState("EUR");
  const client = useQueryClient();
  const add = useMutation({
    mutationFn: async () => {
      const worth = amount.trim() === "" ? {} : { amount: Number(amount), currency: currency.trim() };
      return unwrap(await api.POST("/api/v1/deals", { body: { contactId, title, ...worth } }));
    },
    onSuccess: (deal) => {
      client.setQueryData<Deal[]>(dealsKey, (deals) => [...(deals ?? []), deal]);
      setOpen(false);
      setTitle("");
      setAmount("");
      setContactId("");
      onAdded(deal);
    },
  });
  const problem = add.error instanceof ApiProblem ? add.error : undefined;
  const close = () => {
    setOpen(false);
    add.reset();
  };

  return (
    <>
      <button type="button" className="button-primary no-print" onClick={() => setOpen(true)}>
        Add a deal
      </button>
      <Dialog title="Add a deal" open={open} onClose={close}>
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate();
          }}
        >
          <ContactPicker value={contactId} onChange={setContactId} error={problem?.forField("contactId")} />
          <Field
            label="Title"
            required
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={problem?.forField("title")}
            hint="What they want to get done, e.g. “Replace the booking system”."
          />
          <div className="row">
            <Field
              label="Amount"
              type="number"
              min={0}
              inputMode="decimal"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              error={problem?.forField("amount")}
              hint="Optional: what it is worth."
            />
            <Field
              label="Currency"
              value={currency}
              maxLength={3}
              onChange={(event) => setCurrency(event.target.value.toUpperCase())}
              error={problem?.forField("currency")}
            />
          </div>
          <FormError error={add.error} />
          <div className="row">
            <button type="submit" className="button-primary" disabled={add.isPending || !contactId}>
              {add.isPending ? "Adding…" : "Add deal"}
            </button>
            <button type="button" className="button-quiet" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
