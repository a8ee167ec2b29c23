import { z } from "zod";
import { channels, stages } from "../domain/model.js";
import { id, optionalText, pageQuery, shortText, stamps, timeZone, yearlyDate } from "./common.js";

const tag = z.string().trim().min(1).max(50);

/** Pictures arrive from address books as links or inline images; 512 KB is a large portrait. */
const photo = z
  .string()
  .max(700_000)
  .refine(
    (value) => /^https?:\/\/\S+$/i.test(value) || /^data:image\/[\w.+-]+;base64,[A-Za-z0-9+/=]+$/.test(value),
    "must be an http(s) link or a data:image/…;base64 URI",
  );

const labels = z
  .record(z.string().max(2_000), z.string().trim().min(1).max(60))
  .refine((map) => Object.keys(map).length <= 80, "at most 80 labels")
  .meta({
    description: "A label (work, home, mobile, …) per email, phone, URL or address, keyed by that value",
  });

export const contactFields = {
  name: shortText,
  nickname: optionalText,
  emails: z.array(z.email().max(254)).max(20),
  phones: z.array(z.string().trim().min(3).max(40)).max(20),
  urls: z.array(z.string().trim().min(1).max(2_000)).max(20),
  labels,
  organizationId: id.nullable(),
  ownerId: id,
  title: optionalText,
  department: optionalText,
  stage: z.enum(stages),
  birthday: yearlyDate.nullable(),
  anniversary: yearlyDate.nullable(),
  howWeMet: optionalText,
  preferredChannel: z.enum(channels).nullable(),
  cadenceDays: z.number().int().min(1).max(3650).nullable(),
  tags: z.array(tag).max(50),
  address: optionalText,
  timeZone: timeZone.nullable(),
  notes: z.string().trim().max(20_000).nullable(),
  photo: photo.nullable(),
};

export const contactCreate = z.strictObject({
  ...contactFields,
  emails: contactFields.emails.default([]),
  phones: contactFields.phones.default([]),
  urls: contactFields.urls.default([]),
  labels: contactFields.labels.default({}),
  tags: contactFields.tags.default([]),
  stage: contactFields.stage.default("prospect"),
  organizationId: contactFields.organizationId.optional(),
  ownerId: contactFields.ownerId.optional(),
  title: contactFields.title.optional(),
  nickname: contactFields.nickname.optional(),
  department: contactFields.department.optional(),
  notes: contactFields.notes.optional(),
  photo: contactFields.photo.optional(),
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
    nickname: z.string().nullable(),
    department: z.string().nullable(),
    notes: z.string().nullable(),
    photo: z.string().nullable(),
    urls: z.array(z.string()),
    labels: z.record(z.string(), z.string()),
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
