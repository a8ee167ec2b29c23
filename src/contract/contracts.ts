import { z } from "zod";
import { contractStatuses } from "../domain/model.js";
import { id, isoDate, pageQuery, shortText, stamps } from "./common.js";

const fields = {
  contactId: id,
  title: shortText,
  startsOn: isoDate.nullable(),
  /** Not before `startsOn`. */
  endsOn: isoDate,
  value: z.number().min(0).max(1e15).nullable(),
  status: z.enum(contractStatuses),
};

export const contractCreate = z.strictObject({
  ...fields,
  startsOn: fields.startsOn.optional(),
  value: fields.value.optional(),
  status: fields.status.default("active"),
});
export type ContractCreate = z.infer<typeof contractCreate>;

export const contractUpdate = z.strictObject(fields).partial();
export type ContractUpdate = z.infer<typeof contractUpdate>;

export const contract = z
  .object({
    ...stamps,
    ...fields,
    title: z.string(),
    startsOn: z.string().nullable(),
    endsOn: z.string(),
    value: z.number().nullable(),
  })
  .meta({ id: "Contract" });

export const contractListQuery = z.strictObject({
  ...pageQuery,
  contactId: id.optional(),
  status: z.enum(contractStatuses).optional(),
  /** Ending on or before this date. */
  endsBy: isoDate.optional(),
});
export type ContractListQuery = z.infer<typeof contractListQuery>;
