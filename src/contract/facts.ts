import { z } from "zod";
import { factKinds } from "../domain/model.js";
import { id, isoDate, pageQuery, stamps } from "./common.js";

const fields = {
  contactId: id,
  kind: z.enum(factKinds),
  text: z.string().trim().min(1).max(2_000),
  learnedOn: isoDate,
  sourceTouchId: id.nullable(),
};

export const factCreate = z.strictObject({
  ...fields,
  // Today in the actor's time zone when absent: the service knows the clock, the schema does not.
  learnedOn: fields.learnedOn.optional(),
  sourceTouchId: fields.sourceTouchId.optional(),
});
export type FactCreate = z.infer<typeof factCreate>;

export const factUpdate = z.strictObject(fields).partial();
export type FactUpdate = z.infer<typeof factUpdate>;

export const fact = z
  .object({
    ...stamps,
    contactId: z.string(),
    kind: z.enum(factKinds),
    text: z.string(),
    learnedOn: z.string(),
    sourceTouchId: z.string().nullable(),
  })
  .meta({ id: "Fact" });

export const factListQuery = z.strictObject({
  ...pageQuery,
  contactId: id.optional(),
  kind: z.enum(factKinds).optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type FactListQuery = z.infer<typeof factListQuery>;

/** A fact read from a touch's notes, not yet saved: the user confirms it by POSTing /facts. */
export const proposedFact = z
  .object({
    kind: z.enum(factKinds),
    text: z.string(),
    /** Where in the notes it was read (character offsets, end exclusive). */
    start: z.number().int(),
    end: z.number().int(),
  })
  .meta({ id: "ProposedFact" });
