import { z } from "zod";
import { concernStatuses, dealStages } from "../domain/model.js";
import { id, isoDate, optionalText, pageQuery, shortText, stamps, warning } from "./common.js";

const fields = {
  contactId: id,
  title: shortText,
  stage: z.enum(dealStages),
  /** What they need, in their words. */
  needs: optionalText,
  /** The date both sides agreed for a decision. */
  decisionOn: isoDate.nullable(),
  /** What they told us when the answer was no. */
  outcomeFeedback: optionalText,
  /** What it is worth, in `currency`; null while there is no figure. */
  amount: z.number().min(0).max(1e12).nullable(),
  /** ISO 4217 code, e.g. EUR; required with an amount. */
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "must be a three-letter currency code, such as EUR")
    .nullable(),
  /** Why the deal moves ahead without what its stage asks for (stored as `stageOverrideReason`). */
  overrideReason: optionalText,
  ownerId: id,
};

export const dealCreate = z.strictObject({
  ...fields,
  stage: fields.stage.default("exploring"),
  needs: fields.needs.optional(),
  decisionOn: fields.decisionOn.optional(),
  outcomeFeedback: fields.outcomeFeedback.optional(),
  overrideReason: fields.overrideReason.optional(),
  ownerId: fields.ownerId.optional(),
  amount: fields.amount.optional(),
  currency: fields.currency.optional(),
});
export type DealCreate = z.infer<typeof dealCreate>;

export const dealUpdate = z.strictObject(fields).partial();
export type DealUpdate = z.infer<typeof dealUpdate>;

const concernText = z.string().trim().min(1).max(2_000);

export const concern = z
  .object({
    id: z.string(),
    dealId: z.string(),
    text: z.string(),
    status: z.enum(concernStatuses),
    response: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Concern" });

export const concernCreate = z.strictObject({ text: concernText });
export type ConcernCreate = z.infer<typeof concernCreate>;

export const concernUpdate = z.strictObject({
  status: z.enum(concernStatuses),
  /** Required (now or already on record) to mark the concern answered. */
  response: optionalText.optional(),
});
export type ConcernUpdate = z.infer<typeof concernUpdate>;

export const concernParams = z.strictObject({ id, concernId: id });

export const deal = z
  .object({
    ...stamps,
    contactId: z.string(),
    ownerId: z.string(),
    title: z.string(),
    stage: z.enum(dealStages),
    needs: z.string().nullable(),
    decisionOn: z.string().nullable(),
    outcomeFeedback: z.string().nullable(),
    stageOverrideReason: z.string().nullable(),
    amount: z.number().nullable(),
    currency: z.string().nullable(),
    concerns: z.array(concern),
    /** Present on create and update: what the stage rules want you to know. */
    warnings: z.array(warning).optional(),
  })
  .meta({ id: "Deal" });

export const dealListQuery = z.strictObject({
  ...pageQuery,
  contactId: id.optional(),
  ownerId: id.optional(),
  stage: z.enum(dealStages).optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type DealListQuery = z.infer<typeof dealListQuery>;
