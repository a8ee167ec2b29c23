// Outbound webhooks (owners): an endpoint and the events it hears of.
import { z } from "zod";
import { eventTypes } from "../domain/events.js";
import { pageQuery, stamps } from "./common.js";

const url = z
  .url({ protocol: /^https?$/, normalize: true })
  .max(2_000)
  .meta({
    description: "Where deliveries are POSTed: an http or https URL",
    example: "https://example.com/hooks/rapport",
  });

const events = z
  .array(z.enum(eventTypes))
  .min(1)
  .max(eventTypes.length)
  .transform((list) => [...new Set(list)])
  .meta({ description: "The event types to deliver" });

export const webhookCreate = z.strictObject({ url, events });
export type WebhookCreate = z.infer<typeof webhookCreate>;

export const webhookUpdate = webhookCreate.partial();
export type WebhookUpdate = z.infer<typeof webhookUpdate>;

export const webhook = z
  .object({ ...stamps, url: z.string(), events: z.array(z.enum(eventTypes)) })
  .meta({ id: "Webhook" });

/** The answer to a new webhook: the only time its signing secret is shown. */
export const webhookCreated = z
  .object({
    id: z.string(),
    secret: z.string().meta({
      description: "whsec_ and the base64 key that signs deliveries (Standard Webhooks); shown only now",
    }),
  })
  .meta({ id: "WebhookCreated" });

export const webhookListQuery = z.strictObject(pageQuery);
export type WebhookListQuery = z.infer<typeof webhookListQuery>;
