// The notification log: every webhook delivery, sent, failed or still being tried.
import { z } from "zod";
import { deliveryStatuses, eventTypes } from "../domain/events.js";
import { id, pageQuery } from "./common.js";

/** One webhook delivery in the notification log. */
export const notification = z
  .object({
    id: z.string().meta({ description: "Also the webhook-id header the receiver saw" }),
    kind: z.literal("webhook"),
    webhookId: z.string(),
    eventId: z.string(),
    eventType: z.enum(eventTypes),
    url: z.string(),
    status: z.enum(deliveryStatuses),
    attempts: z.number().int(),
    responseStatus: z.number().int().nullable().meta({ description: "The last attempt's HTTP status" }),
    error: z.string().nullable().meta({ description: "Why the last attempt failed" }),
    createdAt: z.string(),
    updatedAt: z.string().meta({ description: "When the last attempt ended" }),
  })
  .meta({ id: "Notification" });

export const notificationListQuery = z.strictObject({
  cursor: pageQuery.cursor,
  limit: pageQuery.limit,
  webhookId: id.optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;
