import { z } from "zod";
import { channels, stages } from "../domain/model.js";
import { id, optionalText, pageQuery, shortText, stamps, timeZone, yearlyDate } from "./common.js";

const tag = z.string().trim().min(1).max(50);

export const contactFields = {
  name: shortText,
  emails: z.array(z.email().max(254)).max(20),
  phones: z.array(z.string().trim().min(3).max(40)).max(20),
  organizationId: id.nullable(),
  ownerId: id,
  title: optionalText,
  stage: z.enum(stages),
  birthday: yearlyDate.nullable(),
  anniversary: yearlyDate.nullable(),
  howWeMet: optionalText,
  preferredChannel: z.enum(channels).nullable(),
  cadenceDays: z.number().int().min(1).max(3650).nullable(),
  tags: z.array(tag).max(50),
  address: optionalText,
  timeZone: timeZone.nullable(),
};

export const contactCreate = z.strictObject({
  ...contactFields,
  emails: contactFields.emails.default([]),
  phones: contactFields.phones.default([]),
  tags: contactFields.tags.default([]),
  stage: contactFields.stage.default("prospect"),
  organizationId: contactFields.organizationId.optional(),
  ownerId: contactFields.ownerId.optional(),
  title: contactFields.title.optional(),
  birthday: contactFields.birthday.optional(),
  anniversary: contactFields.anniversary.optional(),
  howWeMet: contactFields.howWeMet.optional(),
  preferredChannel: contactFields.preferredChannel.optional(),
  cadenceDays: contactFields.cadenceDays.optional(),
  address: contactFields.address.optional(),
  timeZone: contactFields.timeZone.optional(),
});
export type ContactCreate = z.infer<typeof contactCreate>;

export const contactUpdate = z.strictObject(contactFields).partial();
export type ContactUpdate = z.infer<typeof contactUpdate>;

export const contact = z
  .object({
    ...stamps,
    ...contactFields,
    title: z.string().nullable(),
    howWeMet: z.string().nullable(),
    address: z.string().nullable(),
    birthday: z.string().nullable(),
    anniversary: z.string().nullable(),
    timeZone: z.string().nullable(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    tags: z.array(z.string()),
    name: z.string(),
  })
  .meta({ id: "Contact" });

export const contactListQuery = z.strictObject({
  ...pageQuery,
  stage: z.enum(stages).optional(),
  ownerId: id.optional(),
  organizationId: id.optional(),
  tag: tag.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type ContactListQuery = z.infer<typeof contactListQuery>;
