import { z } from "zod";
import { followUpStatuses, reasonKinds } from "../domain/model.js";
import { id, isoDate, pageQuery, stamps } from "./common.js";

const dismissReason = z.string().trim().min(1).max(500);

const fields = {
  contactId: id,
  dueOn: isoDate,
  reasonKind: z.enum(reasonKinds),
  detail: z.string().trim().max(2_000),
  ownerId: id,
  status: z.enum(followUpStatuses),
  /** Only with status `snoozed`; must be after today when set. */
  snoozedUntil: isoDate.nullable(),
  /** Only with status `dismissed`, where it is required. */
  dismissReason: dismissReason.nullable(),
};

export const followUpCreate = z.strictObject({
  ...fields,
  reasonKind: fields.reasonKind.default("manual"),
  detail: fields.detail.default(""),
  ownerId: fields.ownerId.optional(),
  status: fields.status.default("open"),
  snoozedUntil: fields.snoozedUntil.optional(),
  dismissReason: fields.dismissReason.optional(),
});
export type FollowUpCreate = z.infer<typeof followUpCreate>;

export const followUpUpdate = z.strictObject(fields).partial();
export type FollowUpUpdate = z.infer<typeof followUpUpdate>;

export const followUp = z
  .object({
    ...stamps,
    ...fields,
    detail: z.string(),
    dismissReason: z.string().nullable(),
    snoozedUntil: z.string().nullable(),
    dueOn: z.string(),
    completedAt: z.string().nullable(),
  })
  .meta({ id: "FollowUp" });

export const followUpSnooze = z.strictObject({ until: isoDate });
export type FollowUpSnooze = z.infer<typeof followUpSnooze>;

export const followUpDismiss = z.strictObject({ reason: dismissReason });
export type FollowUpDismiss = z.infer<typeof followUpDismiss>;

export const followUpListQuery = z.strictObject({
  ...pageQuery,
  contactId: id.optional(),
  ownerId: id.optional(),
  status: z.enum(followUpStatuses).optional(),
  reasonKind: z.enum(reasonKinds).optional(),
  /** Due on or before this date. */
  dueBy: isoDate.optional(),
});
export type FollowUpListQuery = z.infer<typeof followUpListQuery>;
