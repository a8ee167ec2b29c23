import { z } from "zod";
import { matterKinds, matterStatuses } from "../domain/model.js";
import { id, isoDate, longText, pageQuery, shortText, stamps } from "./common.js";
import { proposedFact } from "./facts.js";

const fields = {
  contactId: id,
  summary: shortText,
  kind: z.enum(matterKinds),
  eventOn: isoDate.nullable(),
  followUpOn: isoDate.nullable(),
  status: z.enum(matterStatuses),
  sourceTouchId: id.nullable(),
};

export const matterCreate = z.strictObject({
  ...fields,
  kind: fields.kind.default("other"),
  status: fields.status.default("open"),
  eventOn: fields.eventOn.optional(),
  followUpOn: fields.followUpOn.optional(),
  sourceTouchId: fields.sourceTouchId.optional(),
});
export type MatterCreate = z.infer<typeof matterCreate>;

export const matterUpdate = z.strictObject(fields).partial();
export type MatterUpdate = z.infer<typeof matterUpdate>;

export const matter = z
  .object({
    ...stamps,
    contactId: z.string(),
    summary: z.string(),
    kind: z.enum(matterKinds),
    eventOn: z.string().nullable(),
    followUpOn: z.string().nullable(),
    status: z.enum(matterStatuses),
    sourceTouchId: z.string().nullable(),
  })
  .meta({ id: "Matter" });

export const matterListQuery = z.strictObject({
  ...pageQuery,
  contactId: id.optional(),
  status: z.enum(matterStatuses).optional(),
  kind: z.enum(matterKinds).optional(),
  /** Matters whose follow-up falls on or before this date. */
  dueBy: isoDate.optional(),
});
export type MatterListQuery = z.infer<typeof matterListQuery>;

/** A personal matter read from notes, not yet saved: the user confirms it by POSTing /matters. */
export const proposedMatter = z
  .object({
    summary: z.string(),
    kind: z.enum(matterKinds),
    eventOn: z.string().nullable(),
    followUpOn: z.string().nullable(),
    /** Where in the notes it was read (character offsets, end exclusive). */
    start: z.number().int(),
    end: z.number().int(),
  })
  .meta({ id: "ProposedMatter" });

/** What extraction proposes from a piece of notes. */
export const proposals = z
  .object({ matters: z.array(proposedMatter), facts: z.array(proposedFact) })
  .meta({ id: "Proposals" });
export type Proposals = z.infer<typeof proposals>;

export const extractBody = z.strictObject({
  text: longText,
  /** The day the notes were written (relative dates count from it); today in your time zone if absent. */
  on: isoDate.optional(),
});
export type ExtractBody = z.infer<typeof extractBody>;
