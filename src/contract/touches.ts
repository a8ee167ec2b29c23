import { z } from "zod";
import { channels, directions, intents, steps } from "../domain/model.js";
import { id, instant, isoDate, longText, pageQuery, stamps, warning } from "./common.js";
import { matter, proposals } from "./matters.js";

const fields = {
  contactId: id,
  occurredAt: instant,
  channel: z.enum(channels),
  intent: z.enum(intents),
  direction: z.enum(directions),
  notes: longText,
  /** Conversation steps reached (P5), in any order; stored deduplicated in conversation order. */
  steps: z.array(z.enum(steps)).max(20),
  /** A date both sides agreed to get back to each other (P9). */
  getBackOn: isoDate.nullable(),
  dealId: id.nullable(),
  ownerId: id,
};

export const touchCreate = z.strictObject({
  ...fields,
  direction: fields.direction.default("outbound"),
  notes: fields.notes.default(""),
  steps: fields.steps.default([]),
  getBackOn: fields.getBackOn.optional(),
  dealId: fields.dealId.optional(),
  ownerId: fields.ownerId.optional(),
});
export type TouchCreate = z.infer<typeof touchCreate>;

export const touchUpdate = z.strictObject(fields).partial();
export type TouchUpdate = z.infer<typeof touchUpdate>;

/** A non-blocking finding about a touch; `detail` explains it with figures when there are some. */
export const touchWarning = warning.extend({ detail: z.string().optional() }).meta({ id: "TouchWarning" });
export type TouchWarning = z.infer<typeof touchWarning>;

export const touch = z
  .object({
    ...stamps,
    contactId: z.string(),
    ownerId: z.string(),
    dealId: z.string().nullable(),
    occurredAt: z.string(),
    channel: z.enum(channels),
    intent: z.enum(intents),
    direction: z.enum(directions),
    notes: z.string(),
    steps: z.array(z.enum(steps)),
    getBackOn: z.string().nullable(),
    /** Present on create and update: what the method wants you to know (never blocks the save). */
    warnings: z.array(touchWarning).optional(),
    /** Present on create: matters and facts read from the notes, for the user to confirm. */
    proposals: proposals.optional(),
    /** Present on create: matters saved with the touch when the workspace confirms them automatically. */
    savedMatters: z.array(matter).optional(),
  })
  .meta({ id: "Touch" });

export const touchCheck = z.object({ warnings: z.array(touchWarning) }).meta({ id: "TouchCheck" });

/** A bound of an occurredAt range: an instant, or a date in your time zone (`to` includes the whole day). */
const bound = z.union([isoDate, instant]);

export const touchListQuery = z.strictObject({
  ...pageQuery,
  contactId: id.optional(),
  ownerId: id.optional(),
  dealId: id.optional(),
  intent: z.enum(intents).optional(),
  channel: z.enum(channels).optional(),
  direction: z.enum(directions).optional(),
  from: bound.optional(),
  to: bound.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type TouchListQuery = z.infer<typeof touchListQuery>;
